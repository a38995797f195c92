import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { OobDataElement } from '../../../src/elements/shared/oob-data-element.js';
import type { Dataset } from '../../../src/data/types.js';
import type { OobSelectDetail } from '../../../src/events/index.js';

/**
 * A test-only chart: shows the dataset title, the date it would draw and the linked selection, so
 * the provider is tested without the real charts.
 */
export class OobTestProbe extends OobDataElement {
  /** Own date, as a chart has. */
  @property() date: string | undefined;

  protected override get ownDate(): string | undefined {
    return this.date;
  }

  /** What the shared base resolved, for tests. */
  get resolved() {
    return { asOf: this.asOf, linked: this.linked, linkedSelection: this.linkedSelection };
  }

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
        <p class="date">${this.asOf.text ?? ''}</p>
        <p class="selection">${this.linkedSelection?.id ?? ''}</p>`
    );
  }
}

if (!customElements.get('oob-test-probe')) customElements.define('oob-test-probe', OobTestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'oob-test-probe': OobTestProbe;
  }
}
