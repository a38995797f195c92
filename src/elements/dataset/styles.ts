import { css } from 'lit';

/**
 * The provider wraps page content, so it must not restyle it: no box of its own, and the page's
 * text colour, font and colour scheme pass through to the slotted content. Only the error panel
 * takes the theme.
 */
export const styles = css`
  :host {
    display: contents;
    color: inherit;
    background: none;
    font: inherit;
    line-height: inherit;
  }
  :host,
  :host([theme]),
  :host(:not([theme='light'])) {
    color-scheme: inherit;
  }
  .panel {
    display: block;
    margin-block-end: var(--_spacing);
    color: var(--_text-color);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.35;
  }
  :host([hidden]) {
    display: none;
  }
`;
