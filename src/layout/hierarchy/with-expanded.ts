import type { ExpansionState } from './is-expanded.js';

/** A copy of `state` where node `id` is `expanded` (an explicit toggle that survives date changes). */
export function withExpanded(state: ExpansionState, id: string, expanded: boolean): ExpansionState {
  const open = new Set(state.expanded);
  const closed = new Set(state.collapsed);
  if (expanded) {
    open.add(id);
    closed.delete(id);
  } else {
    closed.add(id);
    open.delete(id);
  }
  return { depth: state.depth, expanded: open, collapsed: closed };
}
