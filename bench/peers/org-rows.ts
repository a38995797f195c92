/**
 * Our order of battle as the `{ id, parentId }` rows d3-org-chart takes: the tree as of the
 * dataset's latest date (what our chart shows by default). Pure, so the runner uses it in Node too.
 */
import { hierarchyAt } from '../../src/data/hierarchy-at.js';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import type { HierarchyNodeAt } from '../../src/data/hierarchy-at.js';
import type { OrderOfBattle } from '../../src/data/types.js';

/** How the tables name the peer. */
export const ORG_CHART = 'd3-org-chart 3.1.1 + d3-flextree + d3 7';

export interface OrgRow {
  id: string;
  parentId: string | null;
  name: string;
  echelon: string;
  commander: string;
  _expanded?: boolean;
}

/** The tree as of the dataset's latest date (our chart's default), one row per unit. */
export function toOrgRows(data: OrderOfBattle): OrgRow[] {
  const parsed = parseOrderOfBattle(data);
  if (!parsed.ok) throw new Error('org-chart peer: the generated data does not parse');
  const rows: OrgRow[] = [];
  const walk = (node: HierarchyNodeAt, parentId: string | null): void => {
    const u = node.unit;
    rows.push({ id: u.id, parentId, name: u.name, echelon: u.echelon, commander: u.leaders[0]?.person.name ?? '' });
    for (const child of node.children) walk(child, u.id);
  };
  const roots = hierarchyAt(parsed.dataset).roots;
  // d3-org-chart draws one tree: a forest gets a synthetic root.
  if (roots.length === 1) walk(roots[0] as HierarchyNodeAt, null);
  else {
    rows.push({ id: '__root', parentId: null, name: 'All units', echelon: '', commander: '' });
    for (const root of roots) walk(root, '__root');
  }
  return rows;
}

/**
 * A node's HTML card for the peer: name, echelon and commander (what our node shows, minus the
 * symbol). Self-contained, so the page-load bench can inline its source into a plain HTML page.
 */
export function orgCardHTML(row: OrgRow): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    '<div style="font:12px sans-serif;padding:6px;border:1px solid #888;border-radius:4px;height:64px;box-sizing:border-box;background:#fff">' +
    `<b>${esc(row.name)}</b><br>${esc(row.echelon)}<br>${esc(row.commander)}</div>`
  );
}
