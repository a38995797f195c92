import { css } from 'lit';

/** Styles of the error, loading and empty states shared by all elements. */
export const stateStyles = css`
  .oob-error {
    border: 1px solid var(--_error-color);
    border-left-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    overflow: auto;
    max-height: 100%;
  }
  .oob-error__heading {
    margin: 0 0 calc(var(--_spacing) / 2);
  }
  .oob-error__list {
    margin: 0;
    padding-left: 1.2em;
  }
  .oob-error__path {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .oob-error__code {
    color: var(--_muted-color);
  }
  .oob-loading,
  .oob-empty {
    display: grid;
    place-items: center;
    min-height: 6em;
    color: var(--_muted-color);
    border: 1px dashed var(--_border-color);
    border-radius: var(--_radius);
    padding: var(--_spacing);
  }
`;

/**
 * Buttons of every element (toolbars, previous/next, toggles): add `class="oob-button"`; elements
 * keep only their size and layout. `aria-disabled="true"` dims a button that stays focusable.
 */
export const buttonStyles = css`
  .oob-button {
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text-color);
    font: inherit;
    cursor: pointer;
  }
  .oob-button:hover {
    border-color: var(--_accent);
  }
  .oob-button[aria-disabled='true'] {
    color: var(--_muted-color);
    border-color: var(--_border-color);
    cursor: default;
    opacity: 0.6;
  }
`;

/** Tooltips and popovers of every element: add `class="oob-tooltip"` and position it. */
export const tooltipStyles = css`
  .oob-tooltip {
    position: absolute;
    padding: calc(var(--_spacing) * 0.75) var(--_spacing);
    background: var(--_surface);
    color: var(--_text-color);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: 0.9em;
  }
  .oob-tooltip[hidden] {
    display: none;
  }
`;
