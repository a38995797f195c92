import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mount } from './helpers.js';
import { compareOob } from './rank-fixture.js';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;

/** An export that must reject (its error's message matching `message`), not resolve. */
async function expectRejects(exported: Promise<string>, message: RegExp): Promise<void> {
  const error = await exported.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the export rejects').to.be.instanceOf(Error);
  expect((error as Error).message).to.match(message);
}

/**
 * Draws an exported SVG in the page (its inlined fonts are the page's) and checks that no two texts
 * overlap and none leaves the canvas, with the same 1px tolerance as the table's own legibility test.
 */
function expectTextsClear(exported: string, label: string): void {
  const svg = document.importNode(parse(exported), true) as unknown as SVGSVGElement;
  document.body.append(svg);
  try {
    const canvas = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
    expect(boxes.length, label).to.be.greaterThan(10);
    for (const { text, box } of boxes) {
      expect(
        box.left >= canvas.left - 0.5 && box.right <= canvas.right + 0.5 && box.bottom <= canvas.bottom + 0.5,
        `"${text}" inside ${label}`,
      ).to.equal(true);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1;
        expect(overlap, `"${a.text}" overlaps "${b.text}" in ${label}`).to.equal(false);
      }
    }
  } finally {
    svg.remove();
  }
}

describe('oob-rank-table export', () => {
  before(async () => {
    await setViewport({ width: 1500, height: 900 });
  });

  it('insigniaSVG(rankId) is a standalone SVG of one board with its colours and text alternative', async () => {
    const el = await mount(html`<oob-rank-table></oob-rank-table>`);
    const svg = parse(await el.insigniaSVG('captain'));
    expect(svg.tagName).to.equal('svg');
    expect(svg.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).to.equal('0 0 60 150');
    expect(svg.querySelector('title')?.textContent).to.match(
      /^Captain: Shoulder board, gold galloon field.*4 small silver stars.*reconstruction after the Soviet 1943 pattern, Captain\)$/,
    );
    expect(svg.querySelectorAll('polygon')).to.have.length(4);
    // Colours are resolved and inlined: the piping, then the gold field.
    const fills = [...svg.querySelectorAll('path')].map((p) => /(?:^|;) ?fill: ?([^;]+)/.exec(p.getAttribute('style') ?? '')?.[1]);
    expect(fills.slice(1, 3)).to.deep.equal(['rgb(168, 18, 62)', 'rgb(201, 162, 39)']);
    expect(svg.querySelector('rect')?.getAttribute('fill')).to.equal('#ffffff');
  });

  it('insigniaSVG(rankId) works for ranks the category filters out, and rejects for ranks without insignia', async () => {
    const el = await mount(html`<oob-rank-table category="officers"></oob-rank-table>`);
    expect(parse(await el.insigniaSVG('sergeant')).querySelectorAll('rect')).to.have.length(4);
    await expectRejects(el.insigniaSVG('senior-nco-unnamed'), /no insignia/);
    await expectRejects(el.insigniaSVG('nope'), /no insignia/);
  });

  it('toSVG() lays out the whole table as an SVG grid with names, RTL names, boards and notes', async () => {
    const el = await mount(html`<oob-rank-table></oob-rank-table>`);
    const svg = parse(await el.toSVG());
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

  it('toSVG() stacks wrapped names and native names by the fonts they are drawn in, so no two texts overlap', async () => {
    const el = await mount(html`<oob-rank-table></oob-rank-table>`);
    expectTextsClear(await el.toSVG(), 'the built-in table');
    const data = structuredClone(iliNationalArmy);
    const alpha = compareOob().rankSystems?.find((sys) => sys.id === 'alpha');
    if (alpha) data.rankSystems?.push(alpha);
    data.sources.push({ id: 's1', title: 'Test source' });
    const compared = await mount(html`<oob-rank-table .data=${data} systems="etr-national-army-ranks alpha"></oob-rank-table>`);
    expectTextsClear(await compared.toSVG(), 'the comparison');
  });

  it('toPNG({ scale }) rasterises the whole table at the scale asked for', async () => {
    const el = await mount(html`<oob-rank-table category="enlisted"></oob-rank-table>`);
    const svg = parse(await el.toSVG());
    const [width, height] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
    const one = await createImageBitmap(await el.toPNG({ scale: 1 }));
    expect([one.width, one.height]).to.deep.equal([width, height]);
    const two = await createImageBitmap(await el.toPNG());
    expect([two.width, two.height]).to.deep.equal([width * 2, height * 2]);
  });

  it('insigniaPNG(rankId) rasterises one board', async () => {
    const el = await mount(html`<oob-rank-table category="enlisted"></oob-rank-table>`);
    const png = await el.insigniaPNG('private');
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.above(200);
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([68, 168]);
  });
});

describe('oob-rank-table export of a comparison', () => {
  it('toSVG() with systems lays out a column per system and a row per NATO code, with every board', async () => {
    const el = await mount(html`<oob-rank-table .data=${compareOob()} systems="alpha beta"></oob-rank-table>`);
    const svg = parse(await el.toSVG());
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.slice(0, 4)).to.deep.equal(['Ranks compared by NATO code: officer ranks', 'NATO code', 'Alpha ranks', 'Beta ranks']);
    expect(texts).to.include.members(['OF-9', 'OF-5', 'OR-4', 'Beta colonel', 'Alpha lance', 'corporal']);
    expect(texts.some((t) => /^Beta cadets \(\d+\)$/.test(t))).to.equal(true);
    // Boards: every rank with insignia on screen, none for the one without.
    expect(svg.querySelectorAll('g[role="img"]')).to.have.length(el.shadowRoot?.querySelectorAll('svg[part="insignia"]').length ?? -1);
    // Same row, same height: Alpha's and Beta's general sit at the same y.
    const y = (name: string) => [...svg.querySelectorAll('text')].find((t) => t.textContent === name)?.getAttribute('y');
    expect(y('Alpha general')).to.equal(y('Beta general'));
    // Beta's column is right of Alpha's.
    const x = (name: string) => Number([...svg.querySelectorAll('text')].find((t) => t.textContent === name)?.getAttribute('x'));
    expect(x('Beta general')).to.be.greaterThan(x('Alpha general'));
    expect(parse(await el.insigniaSVG('b-col')).getAttribute('viewBox')).to.equal('0 0 60 150');
  });
});
