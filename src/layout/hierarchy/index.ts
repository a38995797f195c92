/**
 * The hierarchy chart's layout maths, without DOM: the entry points a page or a server renderer
 * needs. The chart's internal helpers live in the sibling modules and are not part of the API.
 */
export { layoutForest } from './layout-forest.js';
export { FOREST_ROOT_ID, visibleForest } from './forest.js';
export { isExpanded } from './expansion.js';
export type { ExpansionState } from './expansion.js';
export type {
  Bounds,
  FlatItem,
  ForestLayout,
  ForestNode,
  HierarchyLayout,
  LaidOutLink,
  LaidOutNode,
  LayoutOptions,
  Point,
  Size,
  TreeInput,
  ZoomTransform,
} from './types.js';
