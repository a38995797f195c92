import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { OobRankTable } from '../../../src/elements/rank-table/oob-rank-table.js';
import { $, $$, mount } from './helpers.js';
import { rankOob } from './rank-fixture.js';

const board = (el: OobRankTable, rank: string) => $(el, `.insignia-cell[data-rank="${rank}"] svg`) as unknown as SVGSVGElement;
const fillOf = (node: Element | null) => getComputedStyle(node as Element).fill;
const r2 = (n: number) => Math.round(n * 100) / 100;

describe('oob-rank-table insignia', () => {
  before(async () => {
    await setViewport({ width: 1500, height: 900 });
  });

  it('draws each board as an image with a text alternative that says it is a reconstruction', async () => {
    const el = await mount(html`<oob-rank-table></oob-rank-table>`);
    const boards = $$(el, 'svg[part="insignia"]');
    expect(boards).to.have.length(16);
    expect(boards.every((b) => b.getAttribute('role') === 'img')).to.equal(true);
    expect(board(el, 'major-general').getAttribute('aria-label')).to.equal(
      'Shoulder board, zigzag gold field, red piping, 1 large silver star, button (reconstruction after the Soviet 1943 pattern, Major General)',
    );
    expect(boards.every((b) => /\(reconstruction after the Soviet 1943 pattern, /.test(b.getAttribute('aria-label') ?? ''))).to.equal(true);
  });

  it('draws the stars where the 1943 rules put them', async () => {
    const el = await mount(html`<oob-rank-table></oob-rank-table>`);
    const centres = (rank: string) =>
      [...board(el, rank).querySelectorAll('polygon.star')].map((p) => {
        const b = (p as SVGPolygonElement).getBBox();
        return [r2(b.x + b.width / 2), r2(150 - (b.y + b.height / 2))];
      });
    const near = (actual: number[][], expected: number[][]) => {
      expect(actual).to.have.length(expected.length);
      actual.forEach(([x, d], i) => {
        expect(Math.abs((x ?? 0) - (expected[i]?.[0] ?? 0))).to.be.below(0.6);
        expect(Math.abs((d ?? 0) - (expected[i]?.[1] ?? 0))).to.be.below(1.2);
      });
    };
    // Generals: a column from 35 mm, 25 mm apart.
    near(centres('general-of-the-army'), [
      [30, 35],
      [30, 60],
      [30, 85],
      [30, 110],
    ]);
    // Field officers: colonel's pair on the stripes 30 mm up and one between them above.
    near(centres('colonel'), [
      [18, 30],
      [42, 30],
      [30, 55],
    ]);
    near(centres('major'), [[30, 45]]);
    // Junior officers: the captain's pair either side of the stripe and two on it.
    near(centres('captain'), [
      [17.5, 30],
      [42.5, 30],
      [30, 55],
      [30, 80],
    ]);
    near(centres('junior-lieutenant'), [[30, 45]]);
  });

  it('draws stripes, cross-stripes, piping, the zigzag field and the button from the descriptor', async () => {
    const el = await mount(html`<oob-rank-table></oob-rank-table>`);
    const rects = (rank: string, cls: string) =>
      [...board(el, rank).querySelectorAll(`rect.${cls}`)].map((r) => ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a))));
    expect(rects('lieutenant-colonel', 'stripe')).to.deep.equal([
      [16, 12, 4, 138],
      [40, 12, 4, 138],
    ]);
    expect(rects('sergeant', 'cross-stripe')).to.deep.equal([
      [0, 28, 60, 10],
      [0, 40, 60, 10],
      [0, 52, 60, 10],
    ]);
    expect(rects('staff-sergeant', 'cross-stripe')).to.deep.equal([[0, 28, 60, 30]]);
    expect(board(el, 'general').querySelector('path.pattern.zigzag')).to.exist;
    expect(board(el, 'captain').querySelector('path.pattern.galloon')).to.exist;
    expect(board(el, 'private').querySelector('path.pattern')).to.equal(null);
    expect(board(el, 'private').querySelector('path.piping')?.getAttribute('d')).to.equal('M0 150V12L30 0L60 12V150Z');
    expect(board(el, 'private').querySelector('circle.button')?.getAttribute('r')).to.equal('6.5');
    // Colours come from the descriptors.
    expect(fillOf(board(el, 'private').querySelector('path.board'))).to.equal('rgb(125, 117, 80)');
    expect(fillOf(board(el, 'private').querySelector('path.piping'))).to.equal('rgb(168, 18, 62)');
    expect(fillOf(board(el, 'general').querySelector('path.piping'))).to.equal('rgb(178, 34, 34)');
    expect(fillOf(board(el, 'sergeant').querySelector('rect.cross-stripe'))).to.equal('rgb(139, 26, 26)');
  });

  it('clips the field contents with an id unique to each board', async () => {
    const el = await mount(html`<oob-rank-table></oob-rank-table>`);
    const ids = $$(el, 'clipPath').map((c) => c.id);
    expect(new Set(ids).size).to.equal(ids.length);
    const group = board(el, 'captain').querySelector('g[clip-path]');
    expect(group?.getAttribute('clip-path')).to.equal(`url(#${board(el, 'captain').querySelector('clipPath')?.id})`);
  });

  it('sizes boards with insignia-size and --oob-insignia-size', async () => {
    const el = await mount(html`<oob-rank-table insignia-size="120"></oob-rank-table>`);
    expect(r2(board(el, 'major').getBoundingClientRect().height)).to.equal(120);
    expect(r2(board(el, 'major').getBoundingClientRect().width)).to.equal(48);
    el.style.setProperty('--oob-insignia-size', '60px');
    expect(r2(board(el, 'major').getBoundingClientRect().height)).to.equal(60);
  });

  it('lets theme tokens override the descriptor colours', async () => {
    const el = await mount(
      html`<oob-rank-table style="--oob-insignia-star: rgb(1, 2, 3); --oob-insignia-board: rgb(4, 5, 6)"></oob-rank-table>`,
    );
    expect(fillOf(board(el, 'major').querySelector('polygon.star'))).to.equal('rgb(1, 2, 3)');
    expect(fillOf(board(el, 'major').querySelector('path.board'))).to.equal('rgb(4, 5, 6)');
  });

  it('keeps the descriptor colours of the parts a page token does not name, whatever colour and fill the page gives the boards', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = '.paint-test::part(insignia) { color: rgb(7, 8, 9); fill: rgb(7, 8, 9); }';
    document.head.append(sheet);
    try {
      const el = await mount(html`<oob-rank-table class="paint-test" style="--oob-insignia-piping: rgb(4, 5, 6)"></oob-rank-table>`);
      expect(fillOf(board(el, 'private').querySelector('path.piping'))).to.equal('rgb(4, 5, 6)');
      expect(fillOf(board(el, 'private').querySelector('path.board'))).to.equal('rgb(125, 117, 80)');
      expect(fillOf(board(el, 'sergeant').querySelector('rect.cross-stripe'))).to.equal('rgb(139, 26, 26)');
    } finally {
      sheet.remove();
    }
  });

  // A CSS-wide keyword reached through var() (`var(--oob-insignia-board, inherit)`) is read as the
  // keyword by some engines and as invalid at computed-value time by others: fallbacks must be values.
  it('reads the insignia tokens with value fallbacks, not CSS-wide keywords', async () => {
    const el = await mount(html`<oob-rank-table></oob-rank-table>`);
    const text = (el.shadowRoot?.adoptedStyleSheets ?? []).flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
    expect(/var\(--oob-insignia-board, currentcolor\)/i.test(text), 'the board reads its token').to.equal(true);
    expect(text.match(/var\(--oob-[\w-]+,\s*(?:inherit|initial|unset|revert|revert-layer)\s*\)/gi)).to.equal(null);
  });

  it('uses the defaults for colours the descriptor leaves out', async () => {
    const el = await mount(html`<oob-rank-table .data=${rankOob()}></oob-rank-table>`);
    expect(fillOf(board(el, 'gen').querySelector('polygon.star'))).to.equal('rgb(217, 217, 217)');
    expect(fillOf(board(el, 'sgt').querySelector('rect.cross-stripe'))).to.equal('rgb(139, 26, 26)');
  });

  // @web/test-runner-commands' emulateMedia ignores `forcedColors` under Puppeteer, so this reads the
  // forced-colours rules from the element's own stylesheets instead.
  it('maps every insignia part to system colours in forced-colours mode', async () => {
    const el = await mount(html`<oob-rank-table></oob-rank-table>`);
    const rules = (el.shadowRoot?.adoptedStyleSheets ?? [])
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'))
      .flatMap((m) => [...m.cssRules])
      .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule);
    const declared = (selector: string, property: string) =>
      rules
        .find((r) => r.selectorText.split(/,\s*/).includes(selector) && r.style.getPropertyValue(property))
        ?.style.getPropertyValue(property);
    expect(declared('.board', 'fill')).to.equal('canvas');
    for (const part of ['.piping', '.stripe', '.cross-stripe', '.star', '.button'])
      expect(declared(part, 'fill'), part).to.equal('canvastext');
    expect(declared('.edge', 'stroke')).to.equal('canvastext');
    expect(declared('.pattern', 'display')).to.equal('none');
  });

  it('prints on white without the tooltip', async () => {
    await emulateMedia({ media: 'print' });
    try {
      const el = await mount(html`<oob-rank-table theme="dark"></oob-rank-table>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle($(el, '.holder-badge') as Element).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
