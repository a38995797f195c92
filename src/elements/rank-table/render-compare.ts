import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { CompareRow, CompareSection, ComparisonView } from '../../layout/rank-table/compare.js';
import type { RankCell } from '../../layout/rank-table/view.js';
import { rankState, renderHolders, renderInsigniaSvg, renderMarks, renderRankName } from './render-parts.js';
import type { PartsContext } from './render-parts.js';

/** What the comparison templates need from the element. */
export interface CompareContext extends PartsContext {
  view: ComparisonView;
  /** Ranks at the selected rank's code in the other systems. */
  equivalentIds: ReadonlySet<string>;
}

/**
 * One rank in a cell: its board, then its names on a button (one tab stop for all ranks, arrows
 * move; `aria-pressed` says which one is selected) and the people named in it (outside the button,
 * whose content must be phrasing). An equivalent of the selection says so in words, not only by its frame.
 */
function renderEntry(cell: RankCell, column: number, ctx: CompareContext): TemplateResult {
  const state = rankState(cell, ctx);
  const equivalent = ctx.equivalentIds.has(cell.rank.id);
  // Clip ids are unique per system: rank indices restart in each.
  const insignia = renderInsigniaSvg(cell, { ...ctx, uid: `${ctx.uid}-s${column}` });
  return html`<div class="entry ${equivalent ? 'equivalent' : ''}">
    ${insignia === nothing ? nothing : html`<span class="entry-insignia" data-rank=${cell.rank.id}>${insignia}</span>`}
    <span class="entry-text">
      <button
        type="button"
        class="rank ${state.linked ? 'linked' : ''}"
        part="rank-cell"
        data-rank=${cell.rank.id}
        tabindex=${state.tabindex}
        aria-pressed=${state.current ?? 'false'}
      >
        ${renderRankName(cell, ctx)}${equivalent ? html`<span class="equivalent-badge">${ctx.t('equivalentBadge', 'equivalent: same NATO code')}</span>` : nothing}
      </button>
      ${renderHolders(cell, ctx, true)}
    </span>
  </div>`;
}

function renderCell(cells: readonly RankCell[], column: number, ctx: CompareContext): TemplateResult {
  if (cells.length === 0)
    return html`<td class="ranks empty"><span class="sr-only">${ctx.t('noRankAtCode', 'no rank at this code')}</span></td>`;
  return html`<td class="ranks">${cells.map((cell) => renderEntry(cell, column, ctx))}</td>`;
}

function rowLabel(row: CompareRow, ctx: CompareContext): TemplateResult {
  if (row.code) return html`<span class="code">${row.code}</span>`;
  return html`<span class="uncoded-group">${row.group?.name ?? ''}</span>${renderMarks(row.marks, ctx)}`;
}

/** Whether a row holds the selected rank (its header is highlighted with the ranks). */
const holdsSelection = (row: CompareRow, ctx: CompareContext) =>
  ctx.selectedId !== undefined && row.cells.some((list) => list.some((c) => c.rank.id === ctx.selectedId));

/** One column per system, one row per NATO code, then rows of uncoded ranks under their group. */
export function renderCompareColumns(section: CompareSection, caption: TemplateResult, ctx: CompareContext): TemplateResult {
  return html`<table part="table" class="compare columns">
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col" class="row-head">${ctx.t('natoHeading', 'NATO code')}</th>
        ${ctx.view.systems.map((v) => html`<th scope="col" class="system" part="group-header">${v.system.name}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${section.rows.map(
        (row) => html`<tr class=${row.code ? 'code-row' : 'uncoded-row'}>
          <th scope="row" class="row-head ${holdsSelection(row, ctx) ? 'current' : ''}">${rowLabel(row, ctx)}</th>
          ${row.cells.map((cells, i) => renderCell(cells, i, ctx))}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The narrow form: one row group per NATO code (or uncoded group), one row per system in it, so the
 * table is two columns wide whatever the number of systems.
 */
export function renderCompareRows(section: CompareSection, caption: TemplateResult, ctx: CompareContext): TemplateResult {
  return html`<table part="table" class="compare rows">
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${ctx.t('systemHeading', 'Rank system')}</th>
        <th scope="col">${ctx.t('rankHeading', 'Rank')}</th>
      </tr>
    </thead>
    ${section.rows.map(
      (row) => html`<tbody>
        <tr class="group-row">
          <th scope="rowgroup" colspan="2" class="group ${holdsSelection(row, ctx) ? 'current' : ''}" part="group-header">${rowLabel(row, ctx)}</th>
        </tr>
        ${row.cells.map((cells, i) =>
          row.code || cells.length > 0
            ? html`<tr>
                <th scope="row" class="row-head">${ctx.view.systems[i]?.system.name ?? ''}</th>
                ${renderCell(cells, i, ctx)}
              </tr>`
            : nothing,
        )}
      </tbody>`,
    )}
  </table>`;
}
