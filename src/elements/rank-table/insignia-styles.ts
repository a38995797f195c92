import { css } from 'lit';

/**
 * Paint of the drawn boards and of the exported SVG grid. A public token wins (to restyle every
 * board), then the descriptor's colour (a `color` attribute on the part's group, read as
 * `currentColor`, see render-insignia.ts), then a built-in default on groups without one.
 */
export const insigniaStyles = css`
  .paint-board:not([color]) {
    color: #c9a227;
  }
  .paint-piping:not([color]),
  .paint-stripe:not([color]) {
    color: #b22222;
  }
  .paint-cross-stripe:not([color]) {
    color: #8b1a1a;
  }
  .paint-star:not([color]) {
    color: #d9d9d9;
  }
  .board {
    fill: var(--oob-insignia-board, currentColor);
  }
  .piping {
    fill: var(--oob-insignia-piping, currentColor);
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
    fill: var(--oob-insignia-stripe, currentColor);
  }
  .cross-stripe {
    fill: var(--oob-insignia-cross-stripe, currentColor);
  }
  .star {
    fill: var(--oob-insignia-star, currentColor);
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
    .rank[aria-selected='true'],
    button.rank[aria-pressed='true'] {
      background: Canvas;
      outline: 2px solid Highlight;
    }
    .holders {
      border-color: CanvasText;
    }
  }
`;
