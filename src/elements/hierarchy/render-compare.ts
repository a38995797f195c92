import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { ChangeKind, DiffNode, HierarchyDiff } from '../../data/diff.js';
import { describeChange } from '../../data/diff-describe.js';
import { legendEntries, markFilled, markPath, marksOf, MAX_MARKS, uncertainDate, wrappedLines } from '../../layout/hierarchy/compare.js';
import type { MarkKind } from '../../layout/hierarchy/compare.js';
import type { Measure } from '../../layout/hierarchy/label.js';
import type { NodeVariant } from '../../layout/hierarchy/node-geometry.js';
import { styleProps } from '../shared/style-props.js';
import { counted } from './translate.js';
import type { Translate } from './translate.js';

/** What each mark means, in the legend, the nodes' names and their titles. */
const KIND_WORDS: Readonly<Record<MarkKind, string>> = {
  added: 'added',
  removed: 'removed',
  defected: 'changed side',
  moved: 'moved',
  upgraded: 'upgraded',
  downgraded: 'downgraded',
  redesignated: 'redesignated',
  other: 'other change',
  uncertain: 'date uncertain',
  below: 'changes hidden below',
};

/** A mark's meaning in words (translatable as `change.<kind>`). */
export function markWord(t: Translate, kind: MarkKind): string {
  return t(`change.${kind}`, KIND_WORDS[kind]);
}

/** What the legend adds to a kind's word: how the mark shows beyond its shape. */
const LEGEND_HINTS: Partial<Record<MarkKind, string>> = {
  removed: 'faded',
  moved: 'old link dashed',
  redesignated: 'old name struck',
};

/** Sizes of the legend row (px at the default 12 px names; it uses the commander's 11 px text). */
const LEGEND = { mark: 14, gap: 4, itemGap: 12, line: 18, padding: 8 };

function legendText(t: Translate, kind: ChangeKind | 'below', count: number): string {
  const word = markWord(t, kind);
  if (kind === 'below') return word;
  const hint = LEGEND_HINTS[kind];
  return hint
    ? t(`legendItem.${kind}`, '{word} ({hint}): {count}', { word, hint: t(`legendHint.${kind}`, hint), count })
    : t('legendItem', '{word}: {count}', { word, count });
}

/** One mark: a shape in a ringed disc, or "?" for an uncertain date. */
function mark(kind: MarkKind, r: number): SVGTemplateResult {
  if (kind === 'uncertain')
    return svg`<circle class="mark-disc" r=${r}></circle><text class="mark-q" text-anchor="middle" dominant-baseline="central">?</text>`;
  const shape = kind === 'below' ? 'mark-shape dots' : markFilled(kind) ? 'mark-shape filled' : 'mark-shape';
  return svg`<circle class="mark-disc" r=${r}></circle><path class=${shape} d=${markPath(kind, r)}></path>`;
}

/**
 * A compare-mode node's marks beside its symbol, starting at (`x`, `y`): in a row for cards, in a
 * column (between symbol and name) for side cards and outline rows. Each has a `<title>`.
 */
export function renderMarks(
  node: DiffNode,
  collapsed: boolean,
  variant: NodeVariant,
  x: number,
  y: number,
  em: number,
  t: Translate,
  lang: string,
): SVGTemplateResult[] {
  const row = variant === 'card';
  const marks = marksOf(node, row ? MAX_MARKS.row : MAX_MARKS.column, collapsed);
  const r = 5.5 * em;
  const step = (row ? 13 : 11.5) * em;
  return marks.map(
    (kind, i) =>
      svg`<g class="mark ${kind}" part="mark" data-kind=${kind} transform="translate(${row ? x + i * step : x},${row ? y : y + i * step})">${mark(kind, r)}<title .textContent=${
        kind === 'below' ? hiddenChanged(t, node.changedBelow) : markTitle(node, kind, t, lang)
      }></title></g>`,
  );
}

/** What changed, in the words of the legend, for a compare-mode node's accessible name ("changed side, moved"; "unchanged"). */
export function compareLabelWords(node: DiffNode, collapsed: boolean, t: Translate): string {
  const marks = marksOf(node, Infinity, collapsed).map((k) => (k === 'below' ? hiddenChanged(t, node.changedBelow) : markWord(t, k)));
  return marks.length > 0 ? marks.join(', ') : t('change.unchanged', 'unchanged');
}

/** A mark's title: its word, then each change of the unit it stands for, in words with its sources. */
function markTitle(node: DiffNode, kind: MarkKind, t: Translate, lang: string): string {
  const changes = node.changes.filter((c) => (kind === 'uncertain' ? uncertainDate(c) : (c.kinds as readonly MarkKind[]).includes(kind)));
  return [markWord(t, kind), ...changeLines({ changes }, lang, t)].join('\n');
}

function hiddenChanged(t: Translate, count: number): string {
  return counted(t, 'changedBelow', count, '{count} changed unit hidden below', '{count} changed units hidden below');
}

/** Each change of a node in words, with its sources: the tooltip's and the summary's lines. */
export function changeLines(node: Pick<DiffNode, 'changes'>, lang: string, t: Translate): string[] {
  return node.changes.map((c) => `${describeChange(c, lang, t)} (${c.citationLabel})`);
}

/** Height of the legend row (px) for the diff's kinds in `width`, measured with `measure` (its 11 px text): known before it renders. */
export function legendHeight(diff: HierarchyDiff, width: number, measure: Measure, em: number, t: Translate): number {
  const entries = legendEntries(diff);
  if (entries.length === 0) return Math.ceil((LEGEND.line + LEGEND.padding) * em);
  // A px of slack per item: canvas and layout widths round differently.
  const widths = entries.map((e) => (LEGEND.mark + LEGEND.gap) * em + measure(legendText(t, e.kind, e.count)) + 1);
  return Math.ceil((wrappedLines(widths, width - 2 * LEGEND.padding, LEGEND.itemGap * em) * LEGEND.line + LEGEND.padding) * em);
}

/**
 * The legend: each kind in the diff with its mark and its count (or "no changes"), and the "changes
 * hidden below" mark when a collapsed unit drawn hides changed units (`hiding`). Its height was
 * reserved with that entry, so leaving it out never cuts the others.
 */
export function renderLegend(diff: HierarchyDiff, hiding: boolean, height: number, em: number, t: Translate): TemplateResult {
  const entries = legendEntries(diff).filter((e) => hiding || e.kind !== 'below');
  const r = 5.5 * em;
  const side = Math.ceil(LEGEND.mark * em);
  return html`<ul class="legend" part="legend" aria-label=${t('legendLabel', 'Legend')} ${styleProps({ height })}>
    ${entries.length === 0 ? html`<li class="legend-item">${t('noChanges', 'No changes between these dates')}</li>` : nothing}
    ${entries.map(
      (e) =>
        html`<li class="legend-item" data-kind=${e.kind}><svg class="mark ${e.kind}" width=${side} height=${side} viewBox="${-side / 2} ${-side / 2} ${side} ${side}" aria-hidden="true">${mark(e.kind, r)}</svg><span>${legendText(t, e.kind, e.count)}</span></li>`,
    )}
  </ul>`;
}

/**
 * At most this many changes are listed in the accessible summary: past a few hundred a list is no
 * longer read, only paid for (10,000 items cost seconds of first paint); the last item says how
 * many more there are, and `toCSV()` has them all.
 */
export const MAX_LISTED = 500;

/**
 * The accessible summary of a compare view: the changes in words, in outline order, each with its
 * sources (up to {@link MAX_LISTED}); the same rows `toCSV()` exports.
 */
export function renderChangeList(diff: HierarchyDiff, lang: string, t: Translate): TemplateResult {
  const listed = diff.changes.length > MAX_LISTED ? diff.changes.slice(0, MAX_LISTED) : diff.changes;
  const more = diff.changes.length - listed.length;
  return html`<ol id="changes" class="sr-only changes" part="changes" aria-label=${t('changesLabel', 'Changes')}>
    ${listed.map((c) => html`<li data-unit=${c.unitId} data-type=${c.type}>${describeChange(c, lang, t)} <cite>(${c.citationLabel})</cite></li>`)}
    ${more > 0 ? html`<li class="more">${counted(t, 'moreChanges', more, 'and {count} more change (the CSV export lists every change)', 'and {count} more changes (the CSV export lists every change)')}</li>` : nothing}
  </ol>`;
}
