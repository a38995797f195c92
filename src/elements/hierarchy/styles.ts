import { css } from 'lit';

/** Height of the toolbar row above the drawing and of the caption row below it (px): fixed, so the drawing's size is known before it renders. */
export const HEADER_HEIGHT = 40;
export const FOOTER_HEIGHT = 24;

/** Styles of `<oob-hierarchy>`; every colour, font, stroke and spacing goes through a token with a fallback. */
export const styles = css`
  :host {
    --_node-fill: var(--oob-node-fill, var(--_background));
    --_node-stroke: var(--oob-node-stroke, transparent);
    --_selected-stroke: var(--oob-selected-stroke, var(--_accent));
    --_link-stroke: var(--oob-link-stroke, var(--_border-color));
    --_link-width: var(--oob-link-width, var(--_stroke-width));
    --_symbol-stroke: var(--oob-symbol-stroke, var(--_text-color));
    --_label-color: var(--oob-label-color, var(--_text-color));
    --_label-font-size: var(--oob-label-font-size, 12px);
    --_change-color: var(--oob-change-color, #9a6700);
    --_badge-fill: var(--oob-badge-fill, var(--_surface));
    position: relative;
    height: var(--oob-hierarchy-height, 480px);
    overflow: hidden;
    contain: content;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_change-color: var(--oob-change-color, #d29922);
    }
  }
  :host([theme='dark']) {
    --_change-color: var(--oob-change-color, #d29922);
  }
  .base {
    position: relative;
    display: grid;
    grid-template-rows: ${HEADER_HEIGHT}px minmax(0, 1fr) auto ${FOOTER_HEIGHT}px;
    width: 100%;
    height: 100%;
    container-type: inline-size;
  }
  .header {
    grid-row: 1;
    display: flex;
    align-items: center;
    min-width: 0;
    padding: 0 calc(var(--_spacing) / 2);
  }
  .stage {
    grid-row: 2;
    position: relative;
    min-height: 0;
    overflow: hidden;
  }
  .chart {
    display: block;
    width: 100%;
    height: 100%;
    touch-action: none;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
    cursor: grab;
  }
  .chart:active {
    cursor: grabbing;
  }
  .caption {
    grid-row: 4;
    margin: 0;
    padding: 0 var(--_spacing);
    overflow: hidden;
    color: var(--_muted-color);
    font-size: 0.85em;
    line-height: ${FOOTER_HEIGHT}px;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .toolbar {
    display: flex;
    flex: 1;
    align-items: center;
    justify-content: flex-end;
    min-width: 0;
    gap: calc(var(--_spacing) / 2);
  }
  .toolbar button {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    gap: 4px;
    min-width: 28px;
    height: 28px;
    padding: 0 6px;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text-color);
    font: inherit;
    font-size: 0.85em;
    cursor: pointer;
  }
  .toolbar button:hover {
    border-color: var(--_accent);
  }
  .toolbar .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  /* Narrow boxes: icons (named by aria-label and title); from 560 px up the words replace them. */
  .button-text {
    display: none;
  }
  @container (min-width: 560px) {
    .button-text {
      display: inline;
    }
    .toolbar .icon {
      display: none;
    }
  }
  .search {
    position: relative;
    flex: 1 1 10em;
    min-width: 5em;
    max-width: 16em;
  }
  .search-input {
    width: 100%;
    height: 28px;
    padding: 0 6px;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text-color);
    font: inherit;
    font-size: 0.85em;
  }
  .search-results {
    position: absolute;
    z-index: 3;
    top: 100%;
    left: 0;
    width: max(100%, 16em);
    max-height: 18em;
    margin: 2px 0 0;
    padding: 2px;
    overflow: auto;
    list-style: none;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  .search-results li {
    padding: 4px 6px;
    border-radius: var(--_radius);
    cursor: pointer;
    font-size: 0.85em;
  }
  .search-results li.active,
  .search-results li:hover {
    background: var(--_background);
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .result-name {
    font-weight: 600;
  }
  .result-via,
  .result-path {
    color: var(--_muted-color);
  }
  .result-path {
    display: block;
  }
  .link {
    fill: none;
    stroke: var(--_link-stroke);
    stroke-width: var(--_link-width);
    vector-effect: non-scaling-stroke;
  }
  .node {
    cursor: pointer;
    outline: none;
  }
  .node-box {
    fill: var(--_node-fill);
    stroke: var(--_node-stroke);
    stroke-width: 1;
  }
  /* Outline rows let the tree lines show through. */
  .node.row .node-box {
    fill: transparent;
  }
  .node:hover .node-box {
    stroke: var(--_border-color);
  }
  .node.selected .node-box {
    stroke: var(--_selected-stroke);
    stroke-width: 2.5;
  }
  /* Linked from another view (a figure, rank or event selected there): dashed, not colour alone. */
  .node.linked .node-box {
    stroke: var(--_selected-stroke);
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  .focus-ring {
    display: none;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-dasharray: 5 3;
  }
  .node:focus-visible .focus-ring {
    display: inline;
  }
  .plain.friend {
    fill: var(--_friendly-fill);
  }
  .plain.hostile {
    fill: var(--_hostile-fill);
  }
  .plain.neutral {
    fill: var(--_neutral-fill);
  }
  .plain.unknown {
    fill: var(--_unknown-fill);
  }
  .symbol .frame,
  .plain {
    stroke: var(--_symbol-stroke);
    stroke-width: var(--_stroke-width);
  }
  .symbol.friend .frame {
    fill: var(--_friendly-fill);
  }
  .symbol.hostile .frame {
    fill: var(--_hostile-fill);
  }
  .symbol.neutral .frame {
    fill: var(--_neutral-fill);
  }
  .symbol.unknown .frame {
    fill: var(--_unknown-fill);
  }
  .icon,
  .staff,
  .echelon {
    fill: none;
    stroke: var(--_symbol-stroke);
    stroke-width: var(--_stroke-width);
  }
  .icon-fill,
  .echelon-fill {
    fill: var(--_symbol-stroke);
    stroke: none;
  }
  text.icon-fill {
    font-family: var(--_font-family);
    font-weight: 700;
  }
  .label {
    fill: var(--_label-color);
    font-family: var(--_font-family);
    font-size: var(--_label-font-size);
    font-weight: 600;
  }
  .commander {
    fill: var(--_muted-color);
    font-family: var(--_font-family);
    font-size: calc(var(--_label-font-size) - 1px);
    font-weight: 400;
  }
  .rtl {
    direction: rtl;
    unicode-bidi: embed;
  }
  [lang|='ug'],
  [lang|='ar'],
  [lang|='fa'],
  [lang|='ur'] {
    font-family: var(--_arabic-font-family);
  }
  /* Compare mode. The legend's height is set from its measured items (the drawing's size is known before it renders). */
  .legend {
    grid-row: 3;
    display: flex;
    flex-wrap: wrap;
    align-content: flex-start;
    gap: 0 var(--_label-font-size);
    margin: 0;
    padding: calc(var(--_label-font-size) / 3) 8px;
    overflow: hidden;
    list-style: none;
    box-sizing: border-box;
    color: var(--_text-color);
    font-family: var(--_font-family);
    font-size: calc(var(--_label-font-size) - 1px);
    font-weight: 400;
    line-height: calc(var(--_label-font-size) * 1.5);
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_label-font-size) / 3);
    white-space: nowrap;
  }
  .legend-item svg {
    flex: none;
    overflow: visible;
  }
  .mark-disc {
    fill: var(--_node-fill);
    stroke: var(--_change-color);
    stroke-width: 1.5;
  }
  .mark-shape {
    fill: none;
    stroke: var(--_text-color);
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .mark-shape.dots {
    stroke-width: 2.5;
  }
  .mark-shape.filled {
    fill: var(--_text-color);
  }
  .mark.uncertain .mark-disc {
    stroke-dasharray: 2 1.5;
  }
  .mark-q {
    fill: var(--_change-color);
    font-family: var(--_font-family);
    font-size: calc(var(--_label-font-size) - 3px);
    font-weight: 700;
  }
  /* Removed units are ghosts: a dashed outline and a faded symbol (the names keep their contrast). */
  .node.removed .node-box {
    stroke: var(--_muted-color);
    stroke-dasharray: 4 3;
  }
  .node.removed .symbol,
  .node.removed .plain {
    opacity: 0.45;
  }
  .node.removed .label {
    fill: var(--_muted-color);
  }
  /* Beside its treeitem (see renderNode): clicks and hovers go through to the unit's card. */
  .node-old-name {
    pointer-events: none;
  }
  .old-name {
    fill: var(--_muted-color);
    font-size: calc(var(--_label-font-size) - 1px);
    font-weight: 400;
    text-decoration: line-through;
  }
  .link.old-link {
    stroke-dasharray: 6 4;
  }
  .marker.changed circle {
    fill: var(--_change-color);
    stroke: var(--_node-fill);
    stroke-width: 1.5;
  }
  .marker.uncertain circle {
    fill: var(--_node-fill);
    stroke: var(--_change-color);
    stroke-width: 1.5;
    stroke-dasharray: 2 1.5;
  }
  .marker.uncertain text {
    fill: var(--_change-color);
    font-family: var(--_font-family);
    font-size: calc(var(--_label-font-size) - 4px);
    font-weight: 700;
  }
  .badge rect {
    fill: var(--_badge-fill);
    stroke: var(--_border-color);
    stroke-width: 1;
  }
  .badge text {
    fill: var(--_text-color);
    font-family: var(--_font-family);
    font-size: calc(var(--_label-font-size) - 1px);
    font-weight: 600;
  }
  .badge:hover rect {
    stroke: var(--_accent);
  }
  @media (forced-colors: active) {
    :host {
      --_node-fill: Canvas;
      --_node-stroke: Canvas;
      --_selected-stroke: Highlight;
      --_link-stroke: CanvasText;
      --_symbol-stroke: CanvasText;
      --_label-color: CanvasText;
      --_change-color: CanvasText;
      --_badge-fill: Canvas;
    }
    .toolbar button,
    .search-input {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
  @media print {
    :host {
      --_change-color: var(--oob-change-color, #9a6700);
    }
    .header,
    .toolbar,
    .minimap,
    .tooltip {
      display: none;
    }
  }
`;
