/** The legend of a strength chart: which entries the figures need, and where they go. */
import type { TextContext } from './text.js';

/** A legend entry: a swatch or symbol and its text. */
export interface LegendItem {
  key: string;
  label: string;
  /** Drawn in place of a swatch: a subject's key (A, B…). */
  symbol?: string;
}

export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
  width: number;
}

export interface LegendLayout {
  items: PlacedLegendItem[];
  height: number;
}

export interface LegendOptions {
  width: number;
  labelSize: (label: string) => number;
  swatch?: number;
  rowHeight?: number;
  gap?: number;
}

/** Places legend entries left to right, wrapping to a new row when the width runs out. */
export function legendLayout(items: readonly LegendItem[], options: LegendOptions): LegendLayout {
  const swatch = options.swatch ?? 14;
  const rowHeight = options.rowHeight ?? 20;
  const gap = options.gap ?? 16;
  const placed: PlacedLegendItem[] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const width = swatch + 6 + options.labelSize(item.label);
    if (x > 0 && x + width > options.width) {
      x = 0;
      y += rowHeight;
    }
    placed.push({ ...item, x, y, width });
    x += width + gap;
  }
  return { items: placed, height: items.length > 0 ? y + rowHeight : 0 };
}

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

/** The legend's words in the element's language. */
export function legendWords(t: TextContext['t']): LegendWords {
  return {
    exact: t('legendExact', 'exact figure'),
    range: t('legendRange', 'range: low to high'),
    approximate: t('legendApproximate', 'approximate'),
    disputed: t('legendDisputed', 'disputed'),
    citationNeeded: t('legendCitationNeeded', 'citation needed'),
  };
}
