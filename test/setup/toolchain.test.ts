import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('oob-toolchain-probe')
class OobToolchainProbe extends LitElement {
  @property() label = 'x';
  override render() {
    return html`<p>${this.label}</p>`;
  }
}

describe('toolchain', () => {
  it('compiles Lit decorators and renders in Chromium', async () => {
    const el = await fixture<OobToolchainProbe>(html`<oob-toolchain-probe label="ok"></oob-toolchain-probe>`);
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal('ok');
  });
});
