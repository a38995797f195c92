/** Which nodes are open: every node above `depth` levels, plus or minus explicit toggles. */
export interface ExpansionState {
  /** Levels open by default: 0 shows the roots only, 1 their children too, `Infinity` everything. */
  depth: number;
  expanded: ReadonlySet<string>;
  collapsed: ReadonlySet<string>;
}

/** Whether node `id` at `depth` (0 = a root drawn) is expanded under `state`. */
export function isExpanded(state: ExpansionState, id: string, depth: number): boolean {
  if (state.expanded.has(id)) return true;
  if (state.collapsed.has(id)) return false;
  return depth < state.depth;
}
