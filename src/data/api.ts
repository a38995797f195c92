/**
 * The data API (schema, validation, pure queries) without the built-in dataset: `oob-charts` re-exports
 * it whole, so importing the main entry never loads the dataset, which the elements load on demand.
 */
export * from './types.js';
export { parseOrderOfBattle } from './parse.js';
// The documented limits (docs/schema.md), in the one module the validators read them from.
export * from './validate/limits.js';
export { parseDate, mustParseDate, toInstant } from './dates.js';
export { formatDate, formatInstant, precisionOf } from './format-date.js';
export type { DateLike, Precision } from './format-date.js';
export { buildDataset } from './build-dataset.js';
export { hierarchyAt, unitAt, latestInstant, earliestInstant, roleActiveAt } from './hierarchy-at.js';
export type { HierarchyAt, HierarchyNodeAt, HierarchyOptions, UnitAt, UnitStatus } from './hierarchy-at.js';
export { strengthSeries, strengthPoint, measuresOf } from './strength-series.js';
export type { StrengthFilter, StrengthPoint, ValueKind } from './strength-series.js';
export { compareRankSystems, NATO_CODES, natoCategory, rankEquivalents, rankTable } from './rank-table.js';
export type {
  RankCodeRow,
  RankComparison,
  RankEquivalent,
  RankGroupRows,
  RankHolder,
  RankRow,
  RankTable,
  RankTableOptions,
  UncodedGroup,
} from './rank-table.js';
export { unitPath, descendants, sourcesFor, citationLabel, localizedName } from './lookups.js';
export type { ResolvedCitation } from './lookups.js';
export { diffHierarchies } from './diff.js';
export type { ChangeKind, ChangeState, DiffChange, DiffNode, DiffPoint, DiffRef, DiffStatus, HierarchyDiff } from './diff.js';
export { describeChange, diffCsvRow, diffCsvRows, DIFF_CSV_HEADER } from './diff-describe.js';
export type { Phrase } from './diff-describe.js';
export { isCssColour } from './css-colour.js';
