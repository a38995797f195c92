import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { StrengthPoint } from '../../data/strength-series.js';
import { formatDate, qualifierText, sourceText, valueText } from '../../layout/strength/index.js';

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

/** Tooltip content for one figure: who, figure, how stated, date, qualifier, flags, note and sources. */
export function renderTooltipContent(point: StrengthPoint, others: ReadonlyMap<string, StrengthPoint>, ctx: TextContext): TemplateResult {
  const side = point.side ? ctx.sideName(point.side) : '';
  const qualifier = qualifierText(point.observation.qualifier);
  return html`
    <p class="who"><strong>${ctx.measureLabel(point.measure)}</strong> · ${point.subjectName}${side && side !== point.subjectName ? html` (${side})` : nothing}</p>
    <p><span class="figure">${valueText(point, ctx.lang)}</span> ${point.kind === 'exact' ? nothing : html`<span class="kind">(${kindText(point, ctx)})</span>`}</p>
    <p class="date">${formatDate(point.date, ctx.lang)}${qualifier ? html` · <span class="qualifier">${qualifier}</span>` : nothing}</p>
    ${point.disputedWith.length > 0 ? html`<p class="flag disputed">≠ ${ctx.t('disputedBy', 'Disputed; contradicts {others}', { others: disputeText(point, others, ctx) })}</p>` : nothing}
    ${point.observation.citationNeeded ? html`<p class="flag citation-needed">[?] ${ctx.t('citationNeeded', 'Citation needed')}</p>` : nothing}
    ${point.observation.note ? html`<p class="note">${point.observation.note}</p>` : nothing}
    ${
      point.citations.length > 0
        ? html`<p class="sources-heading">${ctx.t('sources', 'Sources')}:</p>
            <ul class="sources">${point.citations.map((c) => html`<li>${sourceText(c)}</li>`)}</ul>`
        : html`<p class="sources">${ctx.t('noSource', 'No source given')}</p>`
    }
  `;
}
