import { css } from 'lit';

/**
 * Styles of the chart's on-demand parts (extras.ts): the overview inset, the zoomed-out drawing and the
 * tooltip. They come with that code, after the chart's own styles (styles.ts), which hide the inset and
 * the tooltip in print. None of them is drawn on a server (they need the chart's measured size or a pointer).
 */
export const extrasStyles = css`
  .minimap {
    position: absolute;
    right: 6px;
    bottom: 6px;
    padding: 3px;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_surface);
    opacity: 0.92;
    line-height: 0;
  }
  .minimap svg {
    cursor: pointer;
    touch-action: none;
  }
  .minimap-dots {
    fill: none;
    stroke: var(--_muted-color);
    stroke-width: 3px;
    stroke-linecap: square;
  }
  .minimap-view {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5px;
  }
  .overview-frames.friend {
    fill: var(--_friendly-fill);
  }
  .overview-frames.hostile {
    fill: var(--_hostile-fill);
  }
  .overview-frames.neutral {
    fill: var(--_neutral-fill);
  }
  .overview-frames.unknown {
    fill: var(--_unknown-fill);
  }
  .overview-frames {
    stroke: var(--_symbol-stroke);
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
  }
  .overview-dots {
    fill: none;
    stroke-width: 5px;
    stroke-linecap: square;
    vector-effect: non-scaling-stroke;
  }
  .overview-dots.friend {
    stroke: var(--_friendly-fill);
  }
  .overview-dots.hostile {
    stroke: var(--_hostile-fill);
  }
  .overview-dots.neutral {
    stroke: var(--_neutral-fill);
  }
  .overview-dots.unknown {
    stroke: var(--_unknown-fill);
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: 260px;
    padding: calc(var(--_spacing) * 0.75) var(--_spacing);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text-color);
    font-size: 0.85em;
    pointer-events: none;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  .tooltip.above {
    transform: translateY(-100%);
  }
  .tooltip p,
  .tooltip ul {
    margin: 0;
  }
  .tooltip ul {
    padding-inline-start: 1.1em;
  }
  .tooltip-heading {
    margin-top: calc(var(--_spacing) / 2) !important;
    font-weight: 600;
  }
  .tooltip-facts {
    color: var(--_muted-color);
  }
`;
