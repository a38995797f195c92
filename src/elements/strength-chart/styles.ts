import { css } from 'lit';

/** Styles of `<oob-strength-chart>`; colours come from the shared tokens via `--_*` aliases. */
export const styles = css`
  :host {
    --_axis-color: var(--oob-axis-color, var(--_muted-color));
    --_grid-color: var(--oob-grid-color, var(--_border-color));
    --_rule-color: var(--oob-rule-color, var(--_muted-color));
    min-width: 160px;
  }
  .chart {
    position: relative;
    margin: 0;
  }
  svg {
    display: block;
    overflow: visible;
    font-family: var(--_font-family);
    font-size: 12px;
  }
  text {
    fill: var(--_text-color);
  }
  .side-0 {
    --_side-fill: var(--_side-1-fill);
  }
  .side-1 {
    --_side-fill: var(--_side-2-fill);
  }
  .side-2 {
    --_side-fill: var(--_side-3-fill);
  }
  .side-3 {
    --_side-fill: var(--_side-4-fill);
  }
  .bar,
  .series,
  .swatch,
  pattern {
    --_fill: var(--_side-fill);
  }
  .single .bar,
  .single .series,
  .single .swatch {
    --_fill: var(--oob-bar-fill, var(--_side-fill));
  }
  .swatch.neutral {
    --_fill: var(--_muted-color);
  }
  .solid {
    fill: var(--_fill);
    stroke: var(--_fill);
    stroke-width: 1px;
    transition:
      x 0.3s ease,
      y 0.3s ease,
      width 0.3s ease,
      height 0.3s ease;
  }
  .approximate .solid,
  .approximate .extension {
    stroke: var(--_text-color);
    stroke-dasharray: 3 2;
  }
  .extension {
    fill: var(--oob-range-fill, color-mix(in srgb, var(--_fill) 30%, transparent));
    stroke: var(--_fill);
    stroke-width: 1px;
    transition:
      x 0.3s ease,
      y 0.3s ease,
      width 0.3s ease,
      height 0.3s ease;
  }
  /* A large chart does not animate (its bars get no CSS geometry): without this, the new x/y/width/
     height attributes of a scale switch would still start a transition on every rect, which more
     than doubles the re-render of thousands of bars. */
  .static :is(.solid, .extension) {
    transition: none;
  }
  /* Bars drawn as paths move as whole paths (their CSS d is set only in charts that animate). */
  .series path {
    transition: d 0.3s ease;
  }
  .cap {
    stroke: var(--_text-color);
    stroke-width: 2px;
  }
  .pattern-fg {
    fill: var(--_background);
    stroke: var(--_background);
  }
  .hatch-line {
    stroke: var(--_fill);
    stroke-width: 1.5px;
  }
  .bar {
    outline: none;
    cursor: pointer;
    /* The whole group (bar, cap and marks) takes the pointer, even where it is transparent. */
    pointer-events: bounding-box;
  }
  /* Linked from another view (e.g. the selected unit's figures): a dashed accent outline. Before the
     focus rule, which must win when a linked bar is focused. */
  .bar[data-linked] :is(.solid, .extension) {
    stroke: var(--_accent);
    stroke-width: 2.5px;
    stroke-dasharray: 4 2;
  }
  .bar:focus-visible :is(.solid, .extension) {
    stroke: var(--_accent);
    stroke-width: 3px;
    stroke-dasharray: none;
  }
  /* Bars drawn as paths: the pointer is tracked by position over the whole chart, the one
     focusable bar is an outline that shows only when focused, and linked bars are outlined. */
  .bar-paths,
  .bar-texts,
  .linked-outline,
  .cursor {
    pointer-events: none;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  .cursor:focus-visible .focus-ring {
    stroke: var(--_accent);
    stroke-width: 3px;
  }
  .linked-outline {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5px;
    stroke-dasharray: 4 2;
  }
  .marks {
    font-weight: 700;
  }
  .citation-needed {
    fill: var(--_error-color);
  }
  .mark-dot {
    fill: var(--_text-color);
    stroke: var(--_background);
    stroke-width: 1px;
  }
  .mark-dot.citation-needed {
    fill: var(--_error-color);
  }
  .bar-label {
    fill: var(--_text-color);
  }
  .bar-label .detail {
    fill: var(--_muted-color);
  }
  .grid {
    stroke: var(--_grid-color);
    stroke-width: 1px;
  }
  .axis line,
  .baseline {
    stroke: var(--_axis-color);
    stroke-width: 1px;
  }
  .axis text,
  .grid-label {
    fill: var(--_axis-color);
  }
  .panel-title {
    font-weight: 600;
    fill: var(--_text-color);
  }
  .date-span {
    fill: none;
    stroke: var(--_axis-color);
    stroke-width: 2px;
  }
  .rule line {
    stroke: var(--_rule-color);
    stroke-width: 1px;
    stroke-dasharray: 4 3;
  }
  .rule .rule-span {
    fill: var(--_rule-color);
    opacity: 0.5;
  }
  .rule text {
    fill: var(--_rule-color);
    font-size: 11px;
  }
  .legend text {
    fill: var(--_text-color);
  }
  .legend .symbol {
    font-weight: 700;
  }
  .caption {
    fill: var(--_muted-color);
  }
  .row-label .name {
    fill: var(--_text-color);
  }
  .row-label .echelon {
    fill: var(--_muted-color);
    font-size: 11px;
    font-weight: 700;
    letter-spacing: -0.02em;
  }
  /* The shared .oob-tooltip (tooltipStyles) draws the box; this one only follows the pointer. */
  .tooltip {
    z-index: 1;
    max-width: min(22rem, 90%);
    pointer-events: none;
  }
  .tooltip p,
  .tooltip ul {
    margin: 0.15em 0;
  }
  .tooltip ul {
    padding-left: 1.1em;
  }
  .tooltip .figure {
    font-size: 1.15em;
    font-weight: 700;
  }
  .tooltip .flag {
    color: var(--_error-color);
    font-weight: 600;
  }
  .notes {
    margin: calc(var(--_spacing) / 2) 0 0;
    color: var(--_muted-color);
    font-size: 0.9em;
  }
  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin-top: calc(var(--_spacing) / 2);
  }
  .toolbar button {
    font: inherit;
    color: var(--_text-color);
    background: var(--_surface);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  /*
   * Visually hidden, the table is still laid out (screen readers need it), and a table's layout takes
   * every row: at 5,000 figures, about half a second in one frame. Each section is laid out as a table
   * of its own instead (fixed columns, not measured from every cell), so that the rows, which go in a
   * section at a time after the chart has painted, cost one section's layout per frame. The browser
   * still exposes one table: its rows, cells and headers come from the elements (with their roles
   * written out, see data-table.ts), not the boxes. The events' table is small and stays a table.
   */
  .data.sr-only table.figures {
    display: block;
    width: 60rem;
  }
  .data.sr-only .figures caption {
    display: block;
  }
  .data.sr-only .figures thead,
  .data.sr-only .figures tbody {
    display: table;
    table-layout: fixed;
    width: 100%;
  }
  /* A new section leaves the others' layout and paint alone. */
  .data.sr-only .figures tbody {
    contain: layout paint;
  }
  .data:not(.sr-only) {
    overflow-x: auto;
    margin-top: var(--_spacing);
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    border: 1px solid var(--_border-color);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .extension {
      fill: Canvas;
    }
  }
  @media print {
    .tooltip,
    .toolbar {
      display: none;
    }
  }
`;
