import type { HierarchyNodeAt } from '../../data/hierarchy-at.js';
import { countDescendants } from '../../layout/hierarchy/index.js';
import { words } from './node-view.js';
import type { Translate } from './render-node.js';

/**
 * The text alternative of the chart: the date, how many units, the top of each hierarchy and how
 * many units changed, so the gist is available without walking the tree.
 */
export function summaryText(roots: readonly HierarchyNodeAt[], asOf: string, name: (node: HierarchyNodeAt) => string, t: Translate): string {
  let total = 0;
  let changed = 0;
  let uncertain = 0;
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as HierarchyNodeAt;
    total += 1;
    if (node.unit.applied.length > 0) changed += 1;
    if (node.unit.uncertain.length > 0) uncertain += 1;
    stack.push(...node.children);
  }
  const tops = roots
    .map((root) => {
      const below = countDescendants(root);
      const echelon = root.unit.echelon === 'unknown' ? '' : `${t(`echelon.${root.unit.echelon}`, words(root.unit.echelon))}, `;
      return `${name(root)} (${echelon}${t('subordinates', '{count} subordinate units', { count: below })})`;
    })
    .join('; ');
  const parts = [
    t('summaryHead', 'Order of battle as of {date}: {total} units in {roots} hierarchies.', { date: asOf, total, roots: roots.length }),
    tops ? t('summaryTops', 'Top level: {tops}.', { tops }) : '',
    changed > 0 ? t('summaryChanged', '{count} units changed by this date.', { count: changed }) : '',
    uncertain > 0 ? t('summaryUncertain', '{count} units have a change of uncertain date.', { count: uncertain }) : '',
  ];
  return parts.filter(Boolean).join(' ');
}
