import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, $$, mount, settle, text } from './helpers.js';
import { rankOob } from './rank-fixture.js';

describe('oob-rank-table names', () => {
  before(async () => {
    await setViewport({ width: 1500, height: 900 });
  });

  it('shows the Uyghur names by default, right to left, with their language and an Arabic-script font', async () => {
    const el = await mount(html`<oob-rank-table category="officers"></oob-rank-table>`);
    const natives = $$(el, '[part="native-name"]');
    expect(
      natives.map((n) => [
        n.closest('[data-rank]')?.getAttribute('data-rank'),
        n.getAttribute('lang'),
        n.getAttribute('dir'),
        n.textContent,
      ]),
    ).to.deep.equal([
      ['lieutenant-general', 'ug-Arab', 'rtl', 'گېنىرال لېتىناتلىق'],
      ['major-general', 'ug-Arab', 'rtl', 'گېنىرال مايورلۇق'],
    ]);
    expect(getComputedStyle(natives[0] as Element).direction).to.equal('rtl');
    expect(getComputedStyle(natives[0] as Element).fontFamily).to.contain('Noto Naskh Arabic');
    // The English text around it stays left to right, in English.
    expect($(el, '.wrap')?.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle($(el, '.rank[data-rank="major-general"] .name') as Element).direction).to.equal('ltr');
  });

  it('lang="en" shows English only; lang="ug" shows Uyghur', async () => {
    const el = await mount(html`<oob-rank-table lang="en"></oob-rank-table>`);
    expect($$(el, '[part="native-name"]')).to.have.length(0);
    el.lang = 'ug';
    await settle(el);
    expect($$(el, '[part="native-name"]').map((n) => n.getAttribute('lang'))).to.deep.equal(['ug-Arab', 'ug-Arab']);
  });

  it('the native-name font can be set with --oob-rank-native-font-family', async () => {
    const el = await mount(html`<oob-rank-table style="--oob-rank-native-font-family: monospace"></oob-rank-table>`);
    expect(getComputedStyle($(el, '[part="native-name"]') as Element).fontFamily).to.equal('monospace');
  });

  it('renders names with markup as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const oob = rankOob((ranks) => {
      const [gen] = ranks;
      if (gen) {
        gen.name = evil;
        gen.names = [{ text: `<b>${evil}</b>`, lang: 'ug-Arab', dir: 'rtl' }];
      }
    });
    oob.rankSystems![0]!.groups[0]!.name = '<script>alert(2)</script>';
    const el = await mount(html`<oob-rank-table .data=${oob}></oob-rank-table>`);
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'script')).to.equal(null);
    expect($(el, 'b')).to.equal(null);
    expect(text($(el, '.rank[data-rank="gen"] .name'))).to.equal(evil);
    expect(text($(el, 'th.group'))).to.equal('<script>alert(2)</script>');
    expect(await el.toSVG()).to.contain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('mixes RTL and LTR cells of another rank system correctly', async () => {
    const el = await mount(html`<oob-rank-table .data=${rankOob()} orientation="rows"></oob-rank-table>`);
    const native = $(el, '[part="native-name"]');
    expect(native?.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(native as Element).unicodeBidi).to.equal('isolate');
    await expect(el).to.be.accessible();
  });
});
