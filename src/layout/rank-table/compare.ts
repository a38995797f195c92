/**
 * The comparative table: several rank systems side by side, one column per system, one row per
 * NATO code (as the comparative tables of military ranks are laid out), then rows of the ranks the
 * data gives no code, under their group. Each rank keeps everything the one-system table shows of
 * it (names, insignia geometry, text alternative, footnote marks), from {@link buildRankView}.
 */
import { compareRankSystems } from '../../data/rank-table.js';
import type { RankComparison } from '../../data/rank-table.js';
import type { Dataset, NatoRankCode, RankCategory, RankGroup } from '../../data/types.js';
import { buildRankView, Notes } from './view.js';
import type { Footnote, RankCell, RankView } from './view.js';

/** One row of the comparison: a NATO code across every system, or one system's uncoded ranks of a group. */
export interface CompareRow {
  /** The NATO code; absent on a row of ranks without one. */
  code?: NatoRankCode;
  /** On a row of ranks without a code: their group. */
  group?: RankGroup;
  /** Footnote numbers of the row header. */
  marks: number[];
  /** One list per compared system: its ranks in this row (empty: no rank at this code). */
  cells: RankCell[][];
}

export interface CompareSection {
  category: RankCategory;
  rows: CompareRow[];
}

export interface ComparisonView {
  /** The one-system view of each compared system, in column order. */
  systems: RankView[];
  sections: CompareSection[];
  footnotes: Footnote[];
  /** Every selectable rank in table order: row by row, system by system. */
  ranks: RankCell[];
  /** Column (system index) of each rank id. */
  column: ReadonlyMap<string, number>;
  comparison: RankComparison;
}

export interface ComparisonOptions {
  /** Rank system ids, in column order. */
  systems: readonly string[];
  category: RankCategory | 'all';
  lang: string;
  reconstructionNote: (pattern: string | undefined) => string;
  /** The footnote of the rows of ranks without a NATO code. */
  uncodedNote: string;
}

/** Builds the comparison of `options.systems`; `undefined` when none of them is in the dataset. */
export function buildComparisonView(dataset: Dataset, options: ComparisonOptions): ComparisonView | undefined {
  const comparison = compareRankSystems(dataset, options.systems, { category: options.category });
  if (comparison.systems.length === 0) return undefined;
  const notes = new Notes();
  const cells = new Map<string, RankCell>();
  const groupMarks = new Map<RankGroup, number[]>();
  const systems = comparison.systems.flatMap((system): RankView[] => {
    const view = buildRankView(dataset, {
      system: system.id,
      category: 'all',
      lang: options.lang,
      reconstructionNote: options.reconstructionNote,
    });
    if (!view) return [];
    // Each system numbers its notes from 1; the comparison numbers them once, in column order.
    const renumber = new Map(view.footnotes.map((n) => [n.mark, notes.add(n.text, n.title, n.sources)]));
    const remap = (marks: readonly number[]) => marks.map((m) => renumber.get(m) ?? m);
    for (const section of view.sections) {
      for (const g of section.groups) {
        groupMarks.set(g.group, remap(g.marks));
        for (const cell of g.ranks) cells.set(cell.rank.id, { ...cell, marks: remap(cell.marks) });
      }
    }
    return [view];
  });

  const toCells = (ranks: readonly { id: string }[]) => ranks.flatMap((r) => cells.get(r.id) ?? []);
  const uncodedMark = comparison.uncoded.length > 0 ? notes.add(options.uncodedNote) : undefined;
  const categories: RankCategory[] = ['officers', 'enlisted'];
  const sections = categories
    .map((category): CompareSection => {
      const coded = comparison.rows
        .filter((row) => row.category === category)
        .map((row): CompareRow => ({ code: row.code, marks: [], cells: row.ranks.map(toCells) }));
      const uncoded = comparison.uncoded
        .filter((u) => u.group.category === category)
        .map((u): CompareRow => ({
          group: u.group,
          marks: [...(groupMarks.get(u.group) ?? []), ...(uncodedMark === undefined ? [] : [uncodedMark])],
          cells: comparison.systems.map((_, i) => (i === u.system ? toCells(u.ranks) : [])),
        }));
      return { category, rows: [...coded, ...uncoded] };
    })
    .filter((s) => s.rows.length > 0);

  const ranks = sections.flatMap((s) => s.rows.flatMap((row) => row.cells.flat()));
  const column = new Map(
    sections.flatMap((s) => s.rows.flatMap((row) => row.cells.flatMap((list, i) => list.map((c) => [c.rank.id, i] as const)))),
  );
  return { systems, sections, footnotes: notes.list, ranks, column, comparison };
}
