/**
 * The words of a strength chart: numbers and figures in the reader's language, qualifiers,
 * measures and sources as text, a bar's spoken description, and the two label-thinning rules of
 * its axes (regular stride, stacked rows). Text widths come from the shared estimate in ../text.ts.
 */
import type { ResolvedCitation } from '../../data/lookups.js';
import type { StrengthPoint } from '../../data/strength-series.js';
import { formatDate } from '../../data/format-date.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** Languages Intl groups as "1,234,567" with a hyphen-minus (not en-IN: it groups lakhs). */
const COMMA_GROUPED = new Set(['en', 'en-US', 'en-GB']);

/** `Intl.NumberFormat('en')` of a safe integer, done by hand: a chart formats thousands of figures, and Intl takes microseconds each. */
function commaGrouped(value: number): string {
  const digits = String(Math.abs(value));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return value < 0 ? `-${out}` : out;
}

/** A count with digit grouping in the reader's language: `14000` -> "14,000". */
export function formatNumber(value: number, lang = ''): string {
  const key = lang || 'en';
  if (COMMA_GROUPED.has(key) && Number.isSafeInteger(value) && !Object.is(value, -0)) return commaGrouped(value);
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(key, { maximumFractionDigits: 2 });
    } catch {
      formatter = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    }
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** The value part of a strength point that its text needs. */
export interface ValueLike {
  kind: 'exact' | 'range' | 'approximate';
  min: number;
  max: number;
  value: number;
}

/** A point's figure as text: "14,000", "25,000–30,000", or "~200–900" / "~6,000" for approximate claims. */
export function valueText(point: ValueLike, lang = ''): string {
  const figure = figureText(point.kind === 'exact', point.min, point.max, point.value, lang);
  return point.kind === 'approximate' ? `~${figure}` : figure;
}

/** The figure without the "~" of approximate claims; arguments, not an object, as a chart writes one per bar. */
export function figureText(exact: boolean, min: number, max: number, value: number, lang = ''): string {
  return min === max || exact ? formatNumber(exact ? value : min, lang) : `${formatNumber(min, lang)}–${formatNumber(max, lang)}`;
}

/** A qualifier id as words: "reduced-to" -> "reduced to", a custom "x-left-behind" -> "left behind". */
export function qualifierText(qualifier: string | undefined): string {
  if (!qualifier) return '';
  return qualifier.replace(/^x-/, '').replace(/-/g, ' ');
}

/** A measure id as a title: "irregular-reserves" -> "Irregular reserves", "x-camels" -> "Camels". */
export function measureText(measure: string): string {
  const words = measure.replace(/^x-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A citation as text: "[3] Title, p. 12" (the article's reference number first when it has one). */
export function sourceText({ source, citation }: ResolvedCitation): string {
  const ref = source.ref ? `[${source.ref}] ` : '';
  const locator = citation.locator ? `, ${citation.locator}` : '';
  return `${ref}${source.title}${locator}`;
}

/** A label centred at `pos` along an axis, taking `size` pixels along it. */
export interface AxisLabel {
  pos: number;
  size: number;
}

function fits(labels: readonly AxisLabel[], stride: number, gap: number): boolean {
  for (let i = stride; i < labels.length; i += stride) {
    const a = labels[i - stride] as AxisLabel;
    const b = labels[i] as AxisLabel;
    if (a.pos + a.size / 2 + gap > b.pos - b.size / 2) return false;
  }
  return true;
}

/**
 * Indices of the labels to keep so that none overlap: every `k`-th label from the first, for the
 * smallest `k` that leaves `gap` pixels between neighbours (regular spacing reads better than a
 * greedy pick). Labels must be sorted by `pos`. Keeps only the first when nothing else fits.
 */
export function thinLabelsByStride(labels: readonly AxisLabel[], gap = 4): number[] {
  for (let stride = 1; stride < labels.length; stride += 1) {
    if (fits(labels, stride, gap)) {
      const kept: number[] = [];
      for (let i = 0; i < labels.length; i += stride) kept.push(i);
      return kept;
    }
  }
  return labels.length > 0 ? [0] : [];
}

/**
 * Assigns each label (sorted by `pos`) the first of `rows` rows where it does not overlap the
 * previous label of that row, or -1 when no row has room (the label is dropped, its mark stays).
 */
export function stackLabels(labels: readonly AxisLabel[], rows: number, gap = 4): number[] {
  const rowEnds: number[] = Array.from({ length: Math.max(0, rows) }, () => -Infinity);
  return labels.map(({ pos, size }) => {
    const start = pos - size / 2;
    const row = rowEnds.findIndex((end) => end + gap <= start);
    if (row >= 0) rowEnds[row] = pos + size / 2;
    return row;
  });
}

const dateTexts = new Map<string, string>();

/** `formatDate`, remembered per date and language: thousands of bars share a few dozen dates. */
function dateText(date: StrengthPoint['date'], lang: string): string {
  const key = `${lang}\u0000${date.text}`;
  let text = dateTexts.get(key);
  if (text === undefined) {
    if (dateTexts.size > 10_000) dateTexts.clear();
    text = formatDate(date, lang);
    dateTexts.set(key, text);
  }
  return text;
}

export interface DescriptionOptions {
  lang?: string;
  measureLabel?: (measure: string) => string;
  sideName?: (side: string) => string;
}

/**
 * What a bar announces to a screen reader: measure, subject and side, figure and how it was
 * stated, qualifier, date, dispute and citation flags, and the sources.
 */
export function barDescription(point: StrengthPoint, options: DescriptionOptions = {}): string {
  const lang = options.lang ?? '';
  const measure = options.measureLabel?.(point.measure) ?? point.measure;
  const side = point.side && options.sideName ? options.sideName(point.side) : point.side;
  const who = side && side !== point.subjectName ? `${point.subjectName} (${side})` : point.subjectName;
  const how =
    point.kind === 'approximate'
      ? `approximate${point.approximate ? `, "${point.approximate}"` : ''}`
      : point.kind === 'range'
        ? 'range'
        : '';
  const parts = [
    `${measure}, ${who}: ${valueText(point, lang)}${how ? ` (${how})` : ''}`,
    qualifierText(point.observation.qualifier),
    dateText(point.date, lang),
    point.disputedWith.length > 0 ? 'disputed' : '',
    point.observation.citationNeeded ? 'citation needed' : '',
    point.citations.length > 0 ? `sources: ${point.citations.map(sourceText).join('; ')}` : 'no source',
  ];
  return parts.filter(Boolean).join('; ');
}

/** Text lookups the tooltip and the table share with the element. */
export interface TextContext {
  lang: string;
  measureLabel: (measure: string) => string;
  sideName: (side: string) => string;
  t: (key: string, english: string, vars?: Readonly<Record<string, string | number>>) => string;
}

/** How a figure was stated, in words: "range", or the source's words and their reading. */
export function kindText(point: StrengthPoint, ctx: TextContext): string {
  if (point.kind === 'range') return ctx.t('kindRange', 'range');
  if (point.kind === 'approximate') {
    const words = point.approximate ? `“${point.approximate}”` : ctx.t('kindApproximate', 'approximate');
    return point.interpretation ? `${words}: ${point.interpretation}` : words;
  }
  return ctx.t('kindExact', 'exact');
}

/** The figures a point contradicts, as short text. */
export function disputeText(point: StrengthPoint, others: ReadonlyMap<string, StrengthPoint>, ctx: TextContext): string {
  return point.disputedWith
    .map((id) => {
      const other = others.get(id);
      if (!other) return id;
      const qualifier = qualifierText(other.observation.qualifier);
      return `${valueText(other, ctx.lang)}${qualifier ? ` ${qualifier}` : ''} (${formatDate(other.date, ctx.lang)})`;
    })
    .join('; ');
}

/** `text` cut with "…" to at most `max` wide (by `size`); unchanged when it fits. */
export function shortenText(text: string, max: number, size: (s: string) => number): string {
  if (size(text) <= max) return text;
  let cut = text;
  while (cut.length > 1 && size(`${cut}…`) > max) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

// APP-6 echelon amplifiers as text: what a reader sees above a unit symbol.
const ECHELON_TEXT: Readonly<Record<string, string>> = {
  team: 'Ø',
  squad: '•',
  section: '••',
  platoon: '•••',
  company: 'I',
  battalion: 'II',
  regiment: 'III',
  brigade: 'X',
  division: 'XX',
  corps: 'XXX',
  army: 'XXXX',
  'army-group': 'XXXXX',
  region: 'XXXXXX',
  command: '++',
};

/** A unit's echelon as its APP-6 amplifier in text ("XX" for a division, "III" for a regiment); empty when unknown. */
export function echelonText(echelon: string | undefined): string {
  return echelon === undefined ? '' : (ECHELON_TEXT[echelon] ?? '');
}

/** The key of the `index`-th subject in a legend: A…Z, then AA, AB… */
export function subjectKey(index: number): string {
  const letter = (i: number) => String.fromCharCode(65 + i);
  return index < 26 ? letter(index) : `${letter(Math.floor(index / 26) - 1)}${letter(index % 26)}`;
}

/** `text` broken at spaces into lines at most `max` wide (a word wider than that gets a line of its own, shortened). */
export function wrapText(text: string, max: number, size: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || size(next) <= max) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => shortenText(l, max, size));
}

/** How far a line of text reaches above and below its baseline, in px (the font's line box). */
export interface LineExtent {
  ascent: number;
  descent: number;
}

/** A line of text at one size: its extent and `height`, the pitch of stacked lines. */
export interface LineBox extends LineExtent {
  height: number;
}

/**
 * The line box of text at `fontSize` px in a font of `extent` (measured by the element; without it
 * the estimate of `fontSize` up and 2 px down). Stacked lines are never closer than `fontSize + 2`,
 * nor than the font's own reach: Noto Sans at 12 px takes 17 px, DejaVu Sans 14.
 */
export function lineBox(fontSize: number, extent?: (fontSize: number) => LineExtent): LineBox {
  const { ascent, descent } = extent?.(fontSize) ?? { ascent: fontSize, descent: 2 };
  return { ascent, descent, height: Math.max(fontSize + 2, Math.ceil(ascent + descent)) };
}

/** Baseline of a line set in a slot `line.height` tall starting at `top`, its extent centred in it. */
export function baselineIn(top: number, line: LineBox): number {
  return top + (line.height - line.ascent - line.descent) / 2 + line.ascent;
}
