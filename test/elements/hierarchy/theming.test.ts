import { expect, html } from '@open-wc/testing';
import { styles } from '../../../src/elements/hierarchy/styles.js';
import { themeStyles } from '../../../src/elements/shared/tokens.js';
import { emulateMediaFeatures, resetMedia } from '../../support/media.js';
import { $, mini, mount, node } from './helpers.js';

const defined = (cssText: string) => new Set([...cssText.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
const used = (cssText: string) => new Set([...cssText.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
const data = mini([
  { id: 'a', name: 'Alpha' },
  { id: 'b', parent: 'a', side: 'south', name: 'Bravo' },
]);
const fillOf = (el: Element, id: string) => getComputedStyle($(node(el, id), '.symbol path') as Element).fill;

describe('<oob-hierarchy> theming', () => {
  afterEach(async () => {
    await resetMedia();
  });

  it('uses no undefined private token and defines none it does not use', () => {
    const own = styles.cssText;
    const available = new Set([...defined(themeStyles.cssText), ...defined(own)]);
    expect([...used(own)].filter((name) => !available.has(name))).to.deep.equal([]);
    expect([...defined(own)].filter((name) => !used(own).has(name))).to.deep.equal([]);
  });

  it('fills frames with the APP-6 colours by affiliation, from the public tokens', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:600px;height:300px"></oob-hierarchy>`);
    expect(fillOf(el, 'a')).to.equal('rgb(128, 224, 255)');
    expect(fillOf(el, 'b')).to.equal('rgb(255, 128, 128)');
  });

  it('a page sets --oob-* tokens to restyle nodes, links and symbols', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data}
      style="width:600px;height:300px;--oob-friendly-fill: rgb(1, 2, 3);--oob-link-stroke: rgb(4, 5, 6);--oob-node-fill: rgb(7, 8, 9)"></oob-hierarchy>`);
    expect(fillOf(el, 'a')).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '.link') as Element).stroke).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle($(node(el, 'a'), '.node-box') as Element).fill).to.equal('rgb(7, 8, 9)');
  });

  it('theme="dark" switches the node background and text to the dark palette', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} theme="dark" style="width:600px;height:300px"></oob-hierarchy>`);
    expect(getComputedStyle($(node(el, 'a'), '.node-box') as Element).fill).to.equal('rgb(13, 17, 23)');
    expect(getComputedStyle($(node(el, 'a'), '.label') as Element).fill).to.equal('rgb(230, 237, 243)');
  });

  it('should pass accessibility tests in dark mode', async () => {
    await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
    const el = await mount(html`<oob-hierarchy style="width:1000px;height:500px"></oob-hierarchy>`);
    expect(getComputedStyle($(node(el, 'ina'), '.node-box') as Element).fill).to.equal('rgb(13, 17, 23)');
    await expect(el).to.be.accessible();
  });

  it('uses system colours under forced-colors: active', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:600px;height:300px;--oob-link-stroke: red"></oob-hierarchy>`);
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    const canvasText = getComputedStyle(el).color;
    expect(getComputedStyle($(el, '.link') as Element).stroke).to.equal(canvasText);
    expect(getComputedStyle($(node(el, 'a'), '.symbol .frame') as Element).stroke).to.equal(canvasText);
  });

  it('prints on white without the toolbar, even in the dark theme', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} theme="dark" style="width:600px;height:300px"></oob-hierarchy>`);
    await emulateMediaFeatures({}, 'print');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle($(el, '.toolbar') as Element).display).to.equal('none');
  });
});
