import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { TemplateResult } from 'lit';
import type { StrengthPoint } from '../../data/strength-series.js';
import { formatDate } from '../../data/format-date.js';
import type { RuleLayout } from '../../layout/strength/strength-layout.js';
import { disputeText, kindText, qualifierText, sourceText, valueText } from '../../layout/strength/text.js';
import type { TextContext } from '../../layout/strength/text.js';

/**
 * Rows per `<tbody>`: each chunk is re-rendered only when its figures change, and a hidden table gets
 * a chunk per frame (its style, layout and paint: 30-50 ms a frame on the 2-core development machine).
 */
export const TABLE_CHUNK = 250;

/**
 * The chart as a real table: one row per figure with the same numbers, ranges, qualifiers, flags
 * and sources, and a second table of the events marked on the time axis.
 */
export function renderDataTable(
  points: readonly StrengthPoint[],
  others: ReadonlyMap<string, StrengthPoint>,
  rules: readonly RuleLayout[],
  ctx: TextContext,
  caption: string,
  rowsShown = Infinity,
): TemplateResult | typeof nothing {
  // A table whose rows wait for the chart's first frame waits whole, events included: in a page of
  // many small charts its header cells were a fifth of each chart's first paint.
  if (rowsShown <= 0 && points.length > 0) return nothing;
  const t = ctx.t;
  const row = (p: StrengthPoint) => {
    const side = p.side ? ctx.sideName(p.side) : '';
    const flags = [
      p.disputedWith.length > 0 ? t('flagDisputed', 'disputed; contradicts {others}', { others: disputeText(p, others, ctx) }) : '',
      p.observation.citationNeeded ? t('citationNeededShort', 'citation needed') : '',
    ].filter(Boolean);
    const who = `${p.subjectName}${side && side !== p.subjectName ? ` (${side})` : ''}`;
    // Cells as `.textContent`, with no whitespace between the tags (the line breaks are inside the
    // bindings): no comment marker per cell and no whitespace text nodes, which at 5,000 rows is a
    // large share of the chart's DOM.
    return html`<tr role="row" data-id=${p.id}><th role="rowheader" scope="row" .textContent=${formatDate(
      p.date,
      ctx.lang,
    )}></th><td role="cell" .textContent=${ctx.measureLabel(p.measure)}></td><td role="cell" .textContent=${who}></td><td role="cell" class="number" .textContent=${valueText(
      p,
      ctx.lang,
    )}></td><td role="cell" .textContent=${kindText(p, ctx)}></td><td role="cell" .textContent=${qualifierText(
      p.observation.qualifier,
    )}></td><td role="cell" .textContent=${flags.join('; ')}></td><td role="cell" .textContent=${p.citations
      .map(sourceText)
      .join('; ')}></td><td role="cell" .textContent=${p.observation.note ?? ''}></td></tr>`;
  };
  const shown = Math.min(points.length, rowsShown);
  const chunks: number[] = [];
  for (let from = 0; from < shown; from += TABLE_CHUNK) chunks.push(from);
  // The roles are the elements' own: they are written out because a visually hidden table is laid out
  // a section at a time (styles.ts), and browsers that take a table's semantics from its boxes would
  // otherwise drop them.
  // Busy while a hidden table fills in: its caption already counts every figure.
  return html`<table part="table" class="figures" role="table" aria-busy=${shown < points.length ? 'true' : 'false'}>
      <caption>${caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">${t('colDate', 'Date')}</th>
          <th role="columnheader" scope="col">${t('colMeasure', 'Measure')}</th>
          <th role="columnheader" scope="col">${t('colSubject', 'Subject')}</th>
          <th role="columnheader" scope="col">${t('colFigure', 'Figure')}</th>
          <th role="columnheader" scope="col">${t('colKind', 'Stated as')}</th>
          <th role="columnheader" scope="col">${t('colQualifier', 'Qualifier')}</th>
          <th role="columnheader" scope="col">${t('colFlags', 'Flags')}</th>
          <th role="columnheader" scope="col">${t('colSources', 'Sources')}</th>
          <th role="columnheader" scope="col">${t('colNote', 'Note')}</th>
        </tr>
      </thead>
      ${chunks.map((from) =>
        guard(
          [points, from, ctx.lang],
          () => html`<tbody role="rowgroup">${points.slice(from, Math.min(from + TABLE_CHUNK, shown)).map(row)}</tbody>`,
        ),
      )}
    </table>
    ${
      rules.length > 0
        ? html`<table part="table" class="events">
            <caption>${t('eventsCaption', 'Events marked on the time axis')}</caption>
            <thead>
              <tr><th scope="col">${t('colDate', 'Date')}</th><th scope="col">${t('colEvent', 'Event')}</th><th scope="col">${t('colType', 'Type')}</th></tr>
            </thead>
            <tbody>
              ${rules.map((r) => html`<tr data-id=${r.id}><th scope="row">${formatDate(r.date, ctx.lang)}</th><td>${r.title}</td><td>${r.type}</td></tr>`)}
            </tbody>
          </table>`
        : nothing
    }`;
}
