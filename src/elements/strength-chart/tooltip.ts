import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { StrengthPoint } from '../../data/strength-series.js';
import { formatDate } from '../../data/format-date.js';
import { disputeText, kindText, qualifierText, sourceText, valueText } from '../../layout/strength/text.js';
import type { TextContext } from '../../layout/strength/text.js';

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
