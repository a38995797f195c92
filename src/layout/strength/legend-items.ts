import type { LegendItem } from './legend-layout.js';

/** Words of the legend entries that explain the encodings (the symbols ~, ≠, [?] are drawn beside them). */
export interface LegendWords {
  exact: string;
  range: string;
  approximate: string;
  disputed: string;
  citationNeeded: string;
}

export const ENGLISH_LEGEND_WORDS: LegendWords = {
  exact: 'exact figure',
  range: 'range: low to high',
  approximate: 'approximate',
  disputed: 'disputed',
  citationNeeded: 'citation needed',
};

/** What the figures use, for the legend. */
export interface Encodings {
  sides: readonly { index: number; label: string }[];
  range: boolean;
  approximate: boolean;
  disputed: boolean;
  citationNeeded: boolean;
}

/**
 * Legend entries for what is on the chart: each side (when there are several: colour and pattern),
 * then exact vs range (when ranges occur) and the marks that occur. Keys: `side-<index>`, `exact`,
 * `range`, `approximate`, `disputed`, `citation-needed`.
 */
export function legendItems(used: Encodings, words: LegendWords = ENGLISH_LEGEND_WORDS): LegendItem[] {
  const items: LegendItem[] = used.sides.length > 1 ? used.sides.map((s) => ({ key: `side-${s.index}`, label: s.label })) : [];
  if (used.range) items.push({ key: 'exact', label: words.exact }, { key: 'range', label: words.range });
  if (used.approximate) items.push({ key: 'approximate', label: words.approximate });
  if (used.disputed) items.push({ key: 'disputed', label: words.disputed });
  if (used.citationNeeded) items.push({ key: 'citation-needed', label: words.citationNeeded });
  return items;
}
