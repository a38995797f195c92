import { html } from 'lit';
import { OobDataElement } from '../../../src/elements/shared/oob-data-element.js';
import { effectiveDate, linkedSelection } from '../../../src/elements/shared/linked.js';
import type { Dataset } from '../../../src/data/types.js';
import type { OobSelectDetail } from '../../../src/events/index.js';

/**
 * A test-only chart: shows the dataset title, the date it would draw and the linked selection, so
 * the provider is tested without the real charts.
 */
export class OobTestProbe extends OobDataElement {
  /** Own date, as a chart has. */
  date: string | undefined;

  get parsedDataset(): Dataset | undefined {
    return this.parsed;
  }

  /** What a chart does when the user selects something. */
  pick(detail: OobSelectDetail): void {
    this.emit('oob-select', detail);
  }

  override render() {
    return (
      this.renderState() ??
      html`<p class="title">${this.parsed?.source.meta.title}</p>
        <p class="date">${effectiveDate(this.provided, this.date) ?? ''}</p>
        <p class="selection">${linkedSelection(this.provided, this.parsed)?.id ?? ''}</p>`
    );
  }
}

if (!customElements.get('oob-test-probe')) customElements.define('oob-test-probe', OobTestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'oob-test-probe': OobTestProbe;
  }
}
