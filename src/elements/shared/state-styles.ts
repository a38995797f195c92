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
