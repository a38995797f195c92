/** The tree's keyboard maths, after the WAI-ARIA tree view pattern: arrow-key actions and type-ahead. */
import type { FlatItem } from './types.js';

/** What a key press on a tree item does, after the WAI-ARIA tree view pattern. */
export type TreeKeyAction =
  | { type: 'none' }
  | { type: 'focus'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'select'; id: string }
  | { type: 'expand-siblings'; ids: string[] };

/** Keys the tree handles itself (everything else, except type-ahead, is left to the page). */
export const TREE_KEYS: ReadonlySet<string> = new Set([
  'ArrowDown',
  'ArrowUp',
  'ArrowRight',
  'ArrowLeft',
  'Home',
  'End',
  'Enter',
  ' ',
  '*',
]);

/**
 * The action for `key` when `currentId` has focus among the visible items in outline order:
 * Down/Up move, Right expands or enters the first child, Left collapses or goes to the parent,
 * Home/End go to the first/last item, Enter/Space select, `*` expands the current item's siblings.
 */
export function treeKeyAction(items: readonly FlatItem[], currentId: string | undefined, key: string): TreeKeyAction {
  const none: TreeKeyAction = { type: 'none' };
  if (items.length === 0 || !TREE_KEYS.has(key)) return none;
  const index = items.findIndex((item) => item.id === currentId);
  const first = items[0] as FlatItem;
  const last = items[items.length - 1] as FlatItem;
  if (index < 0) return { type: 'focus', id: key === 'End' ? last.id : first.id };
  const item = items[index] as FlatItem;
  const focus = (other: FlatItem | undefined): TreeKeyAction => (other && other.id !== item.id ? { type: 'focus', id: other.id } : none);
  switch (key) {
    case 'ArrowDown':
      return focus(items[index + 1]);
    case 'ArrowUp':
      return focus(items[index - 1]);
    case 'Home':
      return focus(first);
    case 'End':
      return focus(last);
    case 'ArrowRight':
      if (!item.expandable) return none;
      if (!item.expanded) return { type: 'expand', id: item.id };
      return items[index + 1]?.parentId === item.id ? focus(items[index + 1]) : none;
    case 'ArrowLeft':
      if (item.expandable && item.expanded) return { type: 'collapse', id: item.id };
      return item.parentId === null ? none : focus(items.find((other) => other.id === item.parentId));
    case 'Enter':
    case ' ':
      return { type: 'select', id: item.id };
    default: {
      const ids = items
        .filter((other) => other.parentId === item.parentId && other.level === item.level && other.expandable && !other.expanded)
        .map((other) => other.id);
      return ids.length > 0 ? { type: 'expand-siblings', ids } : none;
    }
  }
}

/** Lower case without diacritics, so "ghu" finds "Ghulja" and "sui" finds "Süidün". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * Index of the label that type-ahead `query` moves to, searching forward from `from` and wrapping;
 * -1 when nothing matches. A query of one repeated character ("g", "gg") cycles through the labels
 * starting with it; a longer query keeps the current label while it still matches.
 */
export function typeAheadMatch(labels: readonly string[], from: number, query: string): number {
  const q = fold(query);
  if (q.length === 0 || labels.length === 0) return -1;
  const chars = [...q];
  const repeated = chars.every((c) => c === chars[0]);
  const prefix = repeated ? (chars[0] as string) : q;
  const start = repeated ? from + 1 : Math.max(from, 0);
  for (let i = 0; i < labels.length; i += 1) {
    const index = (((start + i) % labels.length) + labels.length) % labels.length;
    if (fold(labels[index] ?? '').startsWith(prefix)) return index;
  }
  return -1;
}
