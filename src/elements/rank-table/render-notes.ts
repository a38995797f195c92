import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Footnote } from '../../layout/rank-table/view.js';

/** The table's footnotes: the reconstruction note, dataset notes on the rank system, rank notes. */
export function renderNotes(notes: readonly Footnote[], heading: string, headingId: string): TemplateResult | typeof nothing {
  if (notes.length === 0) return nothing;
  return html`<div class="notes" part="notes">
    <p class="notes-heading" id=${headingId}>${heading}</p>
    <ol aria-labelledby=${headingId}>
      ${notes.map(
        (n) => html`<li value=${n.mark}>
          ${n.title ? html`<strong>${n.title}.</strong> ` : nothing}${n.text}${n.sources ? html` <span class="sources">${n.sources}</span>` : nothing}
        </li>`,
      )}
    </ol>
  </div>`;
}
