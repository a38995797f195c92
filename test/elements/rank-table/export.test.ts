import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mount } from './helpers.js';

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;

describe('oob-rank-table export', () => {
  before(async () => {
    await setViewport({ width: 1500, height: 900 });
  });

  it('toSVG(rankId) is a standalone SVG of one board with its colours and text alternative', async () => {
    const el = await mount(html`<oob-rank-table></oob-rank-table>`);
    const svg = parse(el.toSVG('captain'));
    expect(svg.tagName).to.equal('svg');
    expect(svg.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).to.equal('0 0 60 150');
    expect(svg.querySelector('title')?.textContent).to.match(/^Captain: Shoulder board, gold galloon field.*4 small silver stars.*reconstruction after the Soviet 1943 pattern, Captain\)$/);
    expect(svg.querySelectorAll('polygon')).to.have.length(4);
    // Colours are resolved and inlined: the piping, then the gold field.
    const fills = [...svg.querySelectorAll('path')].map((p) => /(?:^|;) ?fill: ?([^;]+)/.exec(p.getAttribute('style') ?? '')?.[1]);
    expect(fills.slice(1, 3)).to.deep.equal(['rgb(168, 18, 62)', 'rgb(201, 162, 39)']);
    expect(svg.querySelector('rect')?.getAttribute('fill')).to.equal('#ffffff');
  });

  it('toSVG(rankId) works for ranks the category filters out, and throws for ranks without insignia', async () => {
    const el = await mount(html`<oob-rank-table category="officers"></oob-rank-table>`);
    expect(parse(el.toSVG('sergeant')).querySelectorAll('rect')).to.have.length(4);
    expect(() => el.toSVG('senior-nco-unnamed')).to.throw(/no insignia/);
    expect(() => el.toSVG('nope')).to.throw(/no insignia/);
  });

  it('toSVG() lays out the whole table as an SVG grid with names, RTL names, boards and notes', async () => {
    const el = await mount(html`<oob-rank-table></oob-rank-table>`);
    const svg = parse(el.toSVG());
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts[0]).to.equal('National Army of the Second East Turkestan Republic: officer ranks');
    expect(texts).to.include.members(['General/flag officers', 'Officer', 'cadet', 'Senior NCOs', 'Captain', 'none named', '–']);
    const uyghur = [...svg.querySelectorAll('text')].find((t) => t.textContent === 'گېنىرال مايورلۇق');
    expect(uyghur?.getAttribute('direction')).to.equal('rtl');
    expect(uyghur?.getAttribute('lang')).to.equal('ug-Arab');
    expect(svg.querySelectorAll('g[role="img"]')).to.have.length(16);
    expect(texts.some((t) => t.startsWith('1. The insignia are reconstructions'))).to.equal(true);
    // Nothing outside the canvas.
    const width = Number(svg.getAttribute('width'));
    for (const t of svg.querySelectorAll('text[text-anchor="middle"]')) expect(Number(t.getAttribute('x'))).to.be.within(0, width);
  });

  it('toPNG() rasterises the SVG', async () => {
    const el = await mount(html`<oob-rank-table category="enlisted"></oob-rank-table>`);
    const png = await el.toPNG('private');
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.above(200);
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([68, 168]);
  });
});
