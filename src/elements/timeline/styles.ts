import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  .track {
    position: relative;
    height: 46px;
    touch-action: none;
    cursor: pointer;
    user-select: none;
  }
  svg {
    display: block;
    overflow: visible;
  }
  .rail {
    stroke: var(--oob-timeline-rail-color, var(--_border-color));
    stroke-width: 4px;
    stroke-linecap: round;
  }
  .progress {
    stroke: var(--_accent);
    stroke-width: 4px;
    stroke-linecap: round;
  }
  .tick {
    stroke: var(--oob-timeline-tick-color, var(--_muted-color));
    stroke-width: var(--_stroke-width);
  }
  .span {
    stroke: var(--oob-timeline-tick-color, var(--_muted-color));
    stroke-width: 2px;
    opacity: 0.45;
  }
  .stop.current .span {
    stroke: var(--_text-color);
    opacity: 1;
  }
  .stop.current .tick {
    stroke: var(--_text-color);
    stroke-width: calc(var(--_stroke-width) * 2);
  }
  .stop.related .tick {
    stroke: var(--_accent);
    stroke-width: calc(var(--_stroke-width) * 2);
  }
  .stop.related .span {
    stroke: var(--_accent);
    opacity: 1;
  }
  .related-dot {
    fill: var(--_accent);
  }
  .axis text {
    fill: var(--_muted-color);
    font-size: 0.82em;
    text-anchor: middle;
  }
  .thumb {
    position: absolute;
    top: 5px;
    width: 18px;
    height: 18px;
    transform: translateX(-50%);
    border-radius: 50%;
    background: var(--_accent);
    border: 2px solid var(--_background);
    box-shadow: 0 0 0 1px var(--_accent);
    transition: left 120ms ease-out;
    cursor: grab;
  }
  /* The range's start is a ring, the end a disc: the two are told apart without colour. */
  .thumb.compare {
    background: var(--_background);
    border: 4px solid var(--_accent);
    box-shadow: none;
  }
  .range {
    margin: 0;
    color: var(--_muted-color);
  }
  .thumb:focus-visible {
    outline: 2px solid var(--_text-color);
    outline-offset: 3px;
  }
  .controls {
    display: flex;
    align-items: flex-start;
    gap: var(--_spacing);
  }
  .step {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 2em;
    height: 2em;
    padding: 0;
  }
  .step svg {
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2px;
  }
  :host(:dir(rtl)) .step svg {
    transform: scaleX(-1);
  }
  .caption {
    flex: 1;
    min-width: 0;
    margin: 0;
  }
  .caption time {
    font-weight: 600;
  }
  .lead {
    color: var(--_muted-color);
  }
  .events {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_spacing);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .events li + li::before {
    content: '·' / '';
    margin-inline-end: var(--_spacing);
    color: var(--_muted-color);
  }
  .event {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: underline dotted var(--_muted-color);
    text-underline-offset: 3px;
    cursor: pointer;
  }
  .event[aria-current='true'] {
    color: var(--_accent);
    text-decoration: underline solid var(--_accent);
    text-decoration-thickness: 2px;
  }
  .when {
    color: var(--_muted-color);
  }
  @media (forced-colors: active) {
    .thumb {
      border-color: Canvas;
      background: Highlight;
    }
    .thumb.compare {
      border-color: Highlight;
      background: Canvas;
    }
  }
  @media print {
    .step {
      display: none;
    }
  }
`;
