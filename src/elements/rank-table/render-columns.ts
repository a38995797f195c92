import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { holdersId, rankState, renderHolders, renderInsigniaSvg, renderMarks, renderRankName } from './render-parts.js';
import type { RenderContext } from './render-parts.js';
import type { RankCell, SectionView } from '../../layout/rank-table/view.js';

function rankHeader(cell: RankCell, ctx: RenderContext, tipEnd: boolean): TemplateResult {
  if (cell.rank.placeholder) {
    return html`<td class="placeholder" part="rank-cell"><span aria-hidden="true">–</span><span class="sr-only">${ctx.t('noRankNamed', 'no rank named')}</span>${renderMarks(cell.marks, ctx)}</td>`;
  }
  const state = rankState(cell, ctx);
  return html`<th
    scope="col"
    class="rank ${tipEnd ? 'tip-end' : ''} ${state.linked ? 'linked' : ''}"
    part="rank-cell"
    data-rank=${cell.rank.id}
    tabindex=${state.tabindex}
    aria-selected=${state.current ?? 'false'}
    aria-describedby=${cell.holders.length > 0 ? holdersId(cell, ctx) : nothing}
  >
    ${renderRankName(cell, ctx)}${renderHolders(cell, ctx, false)}
  </th>`;
}

/**
 * Ranks as columns, as wiki tables show them: a row of group headers spanning their ranks, a row
 * of rank names (the column headers), then the insignia (and NATO codes when the data has them).
 */
export function renderColumns(section: SectionView, caption: TemplateResult, ctx: RenderContext): TemplateResult {
  const none = ctx.t('noneNamed', 'none named');
  // Tooltips of the right-hand columns open leftwards, so they stay inside the table.
  const order = section.groups.flatMap((g) => g.ranks);
  const tipEnd = (cell: RankCell) => order.indexOf(cell) >= order.length * 0.6;
  return html`<table part="table" class="columns">
    <caption>${caption}</caption>
    <colgroup><col class="row-head-col" /></colgroup>
    ${section.groups.map((g) => html`<colgroup span=${Math.max(1, g.ranks.length)}></colgroup>`)}
    <thead>
      <tr>
        <td class="corner"></td>
        ${section.groups.map(
          (g) =>
            html`<th scope="colgroup" colspan=${Math.max(1, g.ranks.length)} class="group" part="group-header">${g.group.name}${renderMarks(g.marks, ctx)}</th>`,
        )}
      </tr>
      <tr>
        <th scope="row" class="row-head">${ctx.t('rankHeading', 'Rank')}</th>
        ${section.groups.map((g) =>
          g.ranks.length === 0
            ? html`<td class="none" part="rank-cell">${none}</td>`
            : g.ranks.map((cell) => rankHeader(cell, ctx, tipEnd(cell))),
        )}
      </tr>
    </thead>
    <tbody>
      <tr class="insignia-row">
        <th scope="row" class="row-head">${ctx.t('insigniaHeading', 'Insignia')}</th>
        ${section.groups.map((g) =>
          g.ranks.length === 0
            ? html`<td class="insignia-cell empty"></td>`
            : g.ranks.map(
                (cell) =>
                  html`<td class="insignia-cell" data-rank=${cell.rank.placeholder ? nothing : cell.rank.id}>${renderInsigniaSvg(cell, ctx)}</td>`,
              ),
        )}
      </tr>
      ${
        ctx.view.hasNato
          ? html`<tr class="nato-row">
            <th scope="row" class="row-head">${ctx.t('natoHeading', 'NATO code')}</th>
            ${section.groups.map((g) => (g.ranks.length === 0 ? html`<td></td>` : g.ranks.map((cell) => html`<td class="nato">${cell.rank.nato ?? ''}</td>`)))}
          </tr>`
          : nothing
      }
    </tbody>
  </table>`;
}
