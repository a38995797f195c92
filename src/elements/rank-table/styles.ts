import { css } from 'lit';

/**
 * Styles of `<oob-rank-table>`. Insignia colours: a public token wins (to restyle every board),
 * then the descriptor's colour (`--_fill`, set per shape), then a built-in default.
 */
export const styles = css`
  :host {
    container: oob-rank-table / inline-size;
  }
  .wrap {
    /* The element scrolls as a last resort; the page never does. */
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-block-end: calc(var(--_spacing) * 2);
    color: var(--oob-rank-text-color, var(--_text-color));
  }
  caption {
    caption-side: top;
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_spacing);
  }
  .caption-note {
    display: block;
    font-weight: normal;
    font-size: 0.9em;
    color: var(--_muted-color);
  }
  th,
  td {
    border: 1px solid var(--_border-color);
    padding: 4px 6px;
    vertical-align: top;
  }
  .corner {
    border-block-start-color: transparent;
    border-inline-start-color: transparent;
  }
  th.group {
    background: var(--oob-rank-group-background, var(--_surface));
    font-weight: 600;
    text-align: center;
  }
  .rows th.group {
    text-align: start;
  }
  .row-head {
    background: var(--oob-rank-group-background, var(--_surface));
    text-align: start;
    white-space: nowrap;
    width: 1%;
  }
  .rank {
    position: relative;
    font-weight: normal;
    cursor: pointer;
  }
  .columns .rank,
  .columns .placeholder,
  .columns .none {
    text-align: center;
    font-size: 0.9em;
    min-width: 4.5rem;
  }
  .rows .rank {
    text-align: start;
  }
  .rows .name {
    font-weight: 600;
  }
  .rank[aria-current='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  .rank:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -3px;
  }
  .name,
  .native {
    display: block;
  }
  .native {
    margin-block-start: 2px;
  }
  /* Arabic script reads small next to Latin at the same size. */
  .native:is([lang|='ug'], [lang|='ar'], [lang|='fa'], [lang|='ur']) {
    font-family: var(--oob-rank-native-font-family, var(--_arabic-font-family));
    font-size: 1.15em;
  }
  .marks {
    font-size: 0.75em;
    color: var(--_muted-color);
    margin-inline-start: 1px;
  }
  .none,
  .placeholder,
  .muted {
    color: var(--_muted-color);
    font-style: italic;
  }
  .insignia-cell {
    text-align: center;
    vertical-align: middle;
  }
  .insignia-cell[data-rank] {
    cursor: pointer;
  }
  .rows .insignia-cell {
    width: 1%;
  }
  .insignia {
    display: inline-block;
    vertical-align: middle;
    height: var(--oob-insignia-size, var(--_insignia-size, 84px));
    width: auto;
    aspect-ratio: 60 / 150;
    overflow: visible;
  }
  .nato {
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .holder-badge {
    display: block;
    font-size: 0.8em;
    color: var(--_muted-color);
  }
  .holders {
    display: none;
    position: absolute;
    z-index: 2;
    inset-block-start: 100%;
    inset-inline-start: 0;
    min-width: 13em;
    text-align: start;
    font-size: 0.95em;
    background: var(--_surface);
    color: var(--_text-color);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    padding: 6px 8px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.18);
  }
  .tip-end .holders {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  .rank:hover .holders,
  .rank:focus .holders {
    display: block;
  }
  .holders.dismissed {
    display: none !important;
  }
  .holders ul,
  .holders-inline ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .holders-inline {
    display: block;
    font-size: 0.9em;
    margin-block-start: 4px;
  }
  .holders-heading {
    color: var(--_muted-color);
  }
  .notes {
    font-size: 0.9em;
    color: var(--_text-color);
  }
  .notes-heading {
    font-weight: 600;
    margin: 0 0 4px;
  }
  .notes ol {
    margin: 0;
    padding-inline-start: 1.6em;
  }
  .notes li + li {
    margin-block-start: 4px;
  }
  .sources {
    color: var(--_muted-color);
  }
  .export {
    position: fixed;
    inset-inline-start: -100000px;
    inset-block-start: 0;
  }

  /* Insignia. */
  .board {
    fill: var(--oob-insignia-board, var(--_fill, #c9a227));
  }
  .piping {
    fill: var(--oob-insignia-piping, var(--_fill, #b22222));
  }
  .pattern {
    fill: none;
    stroke: var(--oob-insignia-pattern, rgb(0 0 0 / 0.2));
    stroke-width: 0.5;
  }
  .pattern.zigzag {
    stroke-width: 0.9;
  }
  .stripe {
    fill: var(--oob-insignia-stripe, var(--_fill, #b22222));
  }
  .cross-stripe {
    fill: var(--oob-insignia-cross-stripe, var(--_fill, #8b1a1a));
  }
  .star {
    fill: var(--oob-insignia-star, var(--_fill, #d9d9d9));
    stroke: rgb(0 0 0 / 0.45);
    stroke-width: 0.4;
  }
  .button,
  .emblem-star {
    fill: var(--oob-insignia-button, #d4b24c);
    stroke: rgb(0 0 0 / 0.5);
    stroke-width: 0.5;
  }
  .wreath {
    fill: none;
    stroke: var(--oob-insignia-button, #d4b24c);
    stroke-width: 1.2;
  }
  .edge {
    fill: none;
    stroke: var(--oob-insignia-edge, var(--_text-color));
    stroke-opacity: 0.55;
    stroke-width: 0.8;
  }

  /* The whole table as SVG (toSVG). */
  .grid-rect-group {
    fill: var(--oob-rank-group-background, var(--_surface));
    stroke: var(--_border-color);
  }
  .grid-rect-cell {
    fill: none;
    stroke: var(--_border-color);
  }
  .grid-text {
    fill: var(--_text-color);
    font-family: var(--_font-family);
    font-size: 13px;
  }
  .grid-text-caption,
  .grid-text-group {
    font-weight: 600;
  }
  .grid-text-native {
    font-family: var(--oob-rank-native-font-family, var(--_arabic-font-family));
    font-size: 14px;
  }
  .grid-text-muted,
  .grid-text-note {
    fill: var(--_muted-color);
  }
  .grid-text-note {
    font-size: 11px;
  }

  @container oob-rank-table (max-width: 30rem) {
    th,
    td {
      padding: 3px 4px;
    }
    .rows .insignia {
      height: min(var(--oob-insignia-size, var(--_insignia-size, 84px)), 64px);
    }
  }
  @media (forced-colors: active) {
    .board,
    .grid-rect-group {
      fill: Canvas;
    }
    .piping,
    .stripe,
    .cross-stripe,
    .star,
    .button,
    .emblem-star {
      fill: CanvasText;
    }
    .star {
      stroke: Canvas;
    }
    .pattern {
      display: none;
    }
    .edge,
    .wreath {
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    .rank[aria-current='true'] {
      background: Canvas;
      outline: 2px solid Highlight;
    }
    .holders {
      border-color: CanvasText;
    }
  }
  @media print {
    .holders,
    .holder-badge {
      display: none !important;
    }
    .wrap {
      overflow: visible;
    }
  }
`;
