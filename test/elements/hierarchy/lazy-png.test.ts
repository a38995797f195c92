import { expect, html } from '@open-wc/testing';
import { extrasCode } from '../../../src/elements/hierarchy/on-demand-code.js';
import { mini, mount } from './helpers.js';

/**
 * `toPNG()` rasterises with on-demand code (extras.ts, a dynamic import): a page that never exports a
 * PNG never loads it. Its own file, for a page that has not loaded it yet (see lazy-extras.test.ts).
 */
describe('<oob-hierarchy>: toPNG() loads its rasteriser on demand', () => {
  it('gives the PNG of the chart drawn, at twice the size of toSVG()', async () => {
    const data = mini([
      { id: 'a', name: 'Alpha Army', echelon: 'army' },
      { id: 'b', parent: 'a', name: 'Bravo Regiment' },
    ]);
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:600px;height:400px"></oob-hierarchy>`);
    expect(extrasCode.loaded).to.equal(undefined);
    const width = Number(/<svg\b[^>]*\swidth="([\d.]+)"/.exec(await el.toSVG())?.[1]);
    const png = await el.toPNG();
    expect(extrasCode.loaded?.svgToPNG).to.be.a('function');
    expect(png.type).to.equal('image/png');
    const image = await createImageBitmap(png);
    expect(image.width).to.equal(Math.ceil(width * 2));
  });
});
