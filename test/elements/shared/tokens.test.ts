import { expect, fixture, html } from '@open-wc/testing';
import { emulateMediaFeatures, resetMedia } from '../../support/media.js';
import { LitElement, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import { THEME_TOKENS, privateName, themeStyles } from '../../../src/elements/shared/tokens.js';

@customElement('oob-test-themed')
class OobTestThemed extends LitElement {
  static override styles = [themeStyles];
  override render() {
    return litHtml`<span>x</span>`;
  }
}

const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

describe('theme tokens', () => {
  afterEach(async () => {
    await resetMedia();
  });

  it('docs/theming.md lists every token with its light, dark and forced defaults', async () => {
    const doc = await (await fetch('/docs/theming.md')).text();
    const missing = THEME_TOKENS.filter(
      (t) => !doc.includes(`| \`${t.name}\` | \`${t.light}\` | \`${t.dark}\` | ${t.forced ? `\`${t.forced}\`` : '—'} |`),
    ).map((t) => t.name);
    expect(missing).to.deep.equal([]);
  });

  it('privateName maps --oob-x to --_x', () => {
    expect(privateName({ name: '--oob-text-color' })).to.equal('--_text-color');
  });

  it('uses the light defaults, and the dark ones under prefers-color-scheme: dark', async () => {
    const el = await fixture<OobTestThemed>(html`<oob-test-themed></oob-test-themed>`);
    expect(token(el, '--_accent')).to.equal('#0969da');
    await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
    expect(token(el, '--_accent')).to.equal('#4493f8');
    el.setAttribute('theme', 'light');
    expect(token(el, '--_accent')).to.equal('#0969da');
  });

  it('theme="dark" forces the dark values', async () => {
    const el = await fixture<OobTestThemed>(html`<oob-test-themed theme="dark"></oob-test-themed>`);
    expect(token(el, '--_background')).to.equal('#0d1117');
  });

  it('a page-level --oob-* value wins over the defaults in both schemes', async () => {
    const el = await fixture<OobTestThemed>(html`<oob-test-themed style="--oob-accent: rgb(1, 2, 3)"></oob-test-themed>`);
    expect(token(el, '--_accent')).to.equal('rgb(1, 2, 3)');
    el.setAttribute('theme', 'dark');
    expect(token(el, '--_accent')).to.equal('rgb(1, 2, 3)');
  });

  it('switches to system colours under forced-colors: active', async () => {
    const el = await fixture<OobTestThemed>(html`<oob-test-themed style="--oob-accent: red"></oob-test-themed>`);
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    expect(token(el, '--_accent')).to.equal('Highlight');
    expect(token(el, '--_background')).to.equal('Canvas');
  });

  it('prints with the light values even in dark mode', async () => {
    const el = await fixture<OobTestThemed>(html`<oob-test-themed theme="dark"></oob-test-themed>`);
    await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' }, 'print');
    expect(token(el, '--_background')).to.equal('#ffffff');
  });
});
