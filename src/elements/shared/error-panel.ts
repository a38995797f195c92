import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Problem } from '../../data/types.js';

const MAX_SHOWN = 50;

/**
 * The error state every element shows inside its own box: a heading and the problems with their
 * JSON paths. Problem text is rendered as text, never as markup.
 */
export function renderErrorPanel(
  problems: readonly Problem[],
  heading = 'This chart cannot be drawn: the data has problems',
): TemplateResult {
  const shown = problems.slice(0, MAX_SHOWN);
  const more = problems.length - shown.length;
  return html`<div part="error" class="oob-error" role="alert">
    <p class="oob-error__heading"><strong>${heading}</strong> (${problems.length})</p>
    <ul class="oob-error__list">
      ${shown.map(
        (p) => html`<li><code class="oob-error__path">${p.path === '' ? '(whole input)' : p.path}</code>
            <span class="oob-error__code">${p.code}</span>: ${p.message}</li>`,
      )}
    </ul>
    ${more > 0 ? html`<p>…and ${more} more.</p>` : nothing}
  </div>`;
}

/**
 * The short error state of a chart inside an `<oob-dataset>` whose data has problems: the provider
 * lists them once, above its content, and each chart points there.
 */
export function renderErrorNote(message: string): TemplateResult {
  return html`<div part="error" class="oob-error oob-error--note"><p class="oob-error__heading">${message}</p></div>`;
}

/** The loading state shown while `src` is fetched. */
export function renderLoading(label = 'Loading order of battle…'): TemplateResult {
  return html`<div part="loading" class="oob-loading" role="status" aria-live="polite">${label}</div>`;
}

/** The empty state, e.g. a filter that matches nothing. */
export function renderEmpty(message: string): TemplateResult {
  return html`<div part="empty" class="oob-empty" role="status">${message}</div>`;
}
