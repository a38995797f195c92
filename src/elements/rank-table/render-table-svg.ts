import { svg, nothing } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { ShoulderBoardGeometry } from '../../insignia/index.js';
import { renderInsignia } from './render-insignia.js';
import type { TableGrid } from '../../layout/rank-table/grid.js';

/** The SVG grid of the whole table (no root: the caller wraps it in an `<svg>` of `grid.width` × `grid.height`). */
export function renderTableSvg(
  grid: TableGrid,
  boards: readonly { geometry: ShoulderBoardGeometry; label: string }[],
  uid: string,
): SVGTemplateResult {
  return svg`${grid.rects.map((r) => svg`<rect class="grid-rect-${r.kind}" x=${r.x} y=${r.y} width=${r.width} height=${r.height}></rect>`)}
    ${grid.boards.map((b) => {
      const board = boards[b.board];
      if (!board) return nothing;
      // A group, not a nested <svg>: Lit's svg templates must not hold an svg root.
      const scale = Math.round((b.height / board.geometry.height) * 10000) / 10000;
      return svg`<g transform="translate(${b.x} ${b.y}) scale(${scale})" role="img" aria-label=${board.label}>
        ${renderInsignia(board.geometry, `${uid}-export-clip-${b.board}`)}
      </g>`;
    })}
    ${grid.texts.map(
      (t) =>
        svg`<text class="grid-text grid-text-${t.kind}" x=${t.x} y=${t.y} text-anchor=${t.anchor} direction=${t.dir === 'rtl' ? 'rtl' : nothing} lang=${t.lang ?? nothing}>${t.text}</text>`,
    )}`;
}
