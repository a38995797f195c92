import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { rankState, renderHolders, renderInsigniaSvg, renderMarks, renderRankName } from './render-parts.js';
import type { RenderContext } from './render-parts.js';
import type { RankCell, SectionView } from '../../layout/rank-table/view.js';

function rankRow(cell: RankCell, ctx: RenderContext): TemplateResult {
  const nato = ctx.view.hasNato ? html`<td class="nato">${cell.rank.nato ?? ''}</td>` : nothing;
  if (cell.rank.placeholder) {
    return html`<tr class="placeholder-row">
      <td class="placeholder" part="rank-cell"><span aria-hidden="true">–</span> <span class="muted">${ctx.t('noRankNamed', 'no rank named')}</span>${renderMarks(cell.marks, ctx)}</td>
      <td class="insignia-cell"></td>
      ${nato}
    </tr>`;
  }
  const state = rankState(cell, ctx);
  return html`<tr>
    <th scope="row" class="rank ${state.linked ? 'linked' : ''}" part="rank-cell" data-rank=${cell.rank.id} tabindex=${state.tabindex} aria-selected=${state.current ?? 'false'}>
      ${renderRankName(cell, ctx)}${renderHolders(cell, ctx, true)}
    </th>
    <td class="insignia-cell" data-rank=${cell.rank.id}>${renderInsigniaSvg(cell, ctx)}</td>
    ${nato}
  </tr>`;
}

/** One rank per row, grouped under full-width group headings: the layout for narrow containers. */
export function renderRows(section: SectionView, caption: TemplateResult, ctx: RenderContext): TemplateResult {
  const columns = ctx.view.hasNato ? 3 : 2;
  return html`<table part="table" class="rows">
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${ctx.t('rankHeading', 'Rank')}</th>
        <th scope="col">${ctx.t('insigniaHeading', 'Insignia')}</th>
        ${ctx.view.hasNato ? html`<th scope="col">${ctx.t('natoHeading', 'NATO code')}</th>` : nothing}
      </tr>
    </thead>
    ${section.groups.map(
      (g) => html`<tbody>
        <tr class="group-row">
          <th scope="rowgroup" colspan=${columns} class="group" part="group-header">${g.group.name}${renderMarks(g.marks, ctx)}</th>
        </tr>
        ${
          g.ranks.length === 0
            ? html`<tr><td colspan=${columns} class="none" part="rank-cell">${ctx.t('noneNamed', 'none named')}</td></tr>`
            : g.ranks.map((cell) => rankRow(cell, ctx))
        }
      </tbody>`,
    )}
  </table>`;
}
