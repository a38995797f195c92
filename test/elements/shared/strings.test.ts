import { expect, fixture, html } from '@open-wc/testing';
import { BUILTIN_STRINGS } from '../../../src/elements/shared/builtin-strings.js';
import { interpolate, loadBuiltInStrings, lookupString } from '../../../src/elements/shared/strings.js';
import '../../../src/elements/rank-table/define.js';

describe('UI strings', () => {
  it('lookupString prefers page overrides, then the built-in locale by primary subtag (once loaded), then English', async () => {
    await loadBuiltInStrings('ug');
    expect(lookupString('zoomIn', 'Zoom in', 'ug-Arab', {})).to.equal('چوڭايتىش');
    expect(lookupString('zoomIn', 'Zoom in', 'ug', { zoomIn: 'Plus' })).to.equal('Plus');
    expect(lookupString('zoomIn', 'Zoom in', 'de', {})).to.equal('Zoom in');
    expect(lookupString('notTranslated', 'As is', 'ug', {})).to.equal('As is');
  });

  it('interpolate fills known placeholders and leaves unknown ones', () => {
    expect(interpolate('{n} of {total} ({x})', { n: 2, total: 5 })).to.equal('2 of 5 ({x})');
  });

  it('ships Uyghur strings in Arabic script only', () => {
    const notArabic = Object.entries(BUILTIN_STRINGS['ug'] ?? {}).filter(([, text]) => !/^[\u0600-\u06FF\s.…:\-]+$/.test(text));
    expect(notArabic).to.deep.equal([]);
  });

  it('an element with lang="ug" shows its UI text in Uyghur and names in Uyghur', async () => {
    const el = await fixture<HTMLElement>(html`<oob-rank-table lang="ug" category="officers"></oob-rank-table>`);
    const text = el.shadowRoot?.textContent ?? '';
    expect(text).to.contain('ئۇنۋان');
    expect(text).to.contain('گېنىرال مايورلۇق');
  });
});
