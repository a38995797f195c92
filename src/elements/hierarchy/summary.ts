import { formatInstant, precisionOf } from '../../data/format-date.js';
import type { HierarchyNodeAt } from '../../data/hierarchy-at.js';
import { countDescendants } from '../../layout/hierarchy/forest.js';
import { counted, words } from './translate.js';
import type { Translate } from './render-node.js';

/**
 * The text alternative of the chart: the date, how many units, the top of each hierarchy and how
 * many units changed, so the gist is available without walking the tree.
 */
export function summaryText(
  roots: readonly HierarchyNodeAt[],
  asOf: string,
  name: (node: HierarchyNodeAt) => string,
  t: Translate,
): string {
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
      return `${name(root)} (${echelon}${counted(t, 'subordinates', below, '{count} subordinate unit', '{count} subordinate units')})`;
    })
    .join('; ');
  const parts = [
    t('summaryHead', 'Order of battle as of {date}: {units} in {hierarchies}.', {
      date: asOf,
      units: counted(t, 'units', total, '{count} unit', '{count} units'),
      hierarchies: counted(t, 'hierarchies', roots.length, '{count} hierarchy', '{count} hierarchies'),
    }),
    tops ? t('summaryTops', 'Top level: {tops}.', { tops }) : '',
    changed > 0 ? counted(t, 'summaryChanged', changed, '{count} unit changed by this date.', '{count} units changed by this date.') : '',
    uncertain > 0
      ? counted(
          t,
          'summaryUncertain',
          uncertain,
          '{count} unit has a change of uncertain date.',
          '{count} units have a change of uncertain date.',
        )
      : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * The date a chart shows, written as precisely as the date asked for (`1947` → "1947",
 * `1947-12-31` → "31 Dec 1947"), with the same formatter as every other chart (which also copes
 * with language tags `Intl` rejects).
 */
export function asOfText(asOf: number, asked: string | undefined, lang: string): string {
  return formatInstant(asOf, asked ? precisionOf(asked.split('/').pop() ?? asked) : 'day', lang);
}
