/**
 * The rank table's pure layout: `buildRankView` (sections, groups, ranks with their insignia
 * geometry, text alternatives and footnotes), `buildComparisonView` (several systems aligned by NATO
 * code) and `layoutTableGrid` (the whole table as an SVG grid).
 * Helpers stay in their modules.
 */
export { buildRankView } from './view.js';
export type { Footnote, GroupView, NativeName, RankCell, RankView, SectionView } from './view.js';
export { layoutTableGrid } from './grid.js';
export type { GridOptions, GridSectionInput, TableGrid } from './grid.js';
export { buildComparisonView } from './compare.js';
export type { CompareRow, CompareSection, ComparisonOptions, ComparisonView } from './compare.js';
