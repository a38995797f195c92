import { expect } from '@open-wc/testing';
import { advanceMeasurer, fontExtent, textMeasurer, watchFonts } from '../../../src/elements/shared/measure-text.js';

const FAMILY = '"Noto Sans", sans-serif';
const titles = [
  'Tashkurgan rebels attack the Kashgar and Yarkand districts',
  'Kuomintang air base at Ghulja captured',
  '25,000–30,000 enlisted',
];

/** Width and box of a real SVG <text> in the page. */
function svgText(text: string, size: number, family = FAMILY): { width: number; height: number } {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const t = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  t.setAttribute('font-family', family);
  t.setAttribute('font-size', String(size));
  t.setAttribute('y', '20');
  t.textContent = text;
  svg.append(t);
  document.body.append(svg);
  const out = { width: t.getComputedTextLength(), height: t.getBoundingClientRect().height };
  svg.remove();
  return out;
}

describe('measure-text', () => {
  it('advanceMeasurer(family) sums per-character advances: never narrower than the drawn text, at most 1% wider, at any size', () => {
    // Kerning only tightens Latin text, so the sum errs on the safe (wide) side.
    const fast = advanceMeasurer(FAMILY);
    for (const size of [11, 12, 16]) {
      for (const title of titles) {
        const drawn = svgText(title, size).width;
        expect(fast(title, size), `${title} at ${size}px`).to.be.within(drawn - 0.1, drawn * 1.01);
      }
    }
  });

  it('advanceMeasurer measures joined scripts (Uyghur) whole, not letter by letter', () => {
    const name = 'ئىلى مىللىي ئارمىيىسى';
    const whole = textMeasurer(`400 12px ${FAMILY}`, 12)(name);
    expect(advanceMeasurer(FAMILY)(name, 12)).to.equal(whole);
  });

  it('fontExtent(font) is the height of the box the browser gives an SVG text in that font', () => {
    for (const size of [11, 12]) {
      const { ascent, descent } = fontExtent(`${size}px ${FAMILY}`, size);
      expect(ascent + descent).to.be.closeTo(svgText('Hg', size).height, 0.5);
      // Noto Sans reaches further than fontSize + 2: the reason rows are spaced by it.
      expect(ascent + descent).to.be.above(size + 2);
    }
  });

  it('watchFonts: on loadingdone, measures are forgotten before the watcher runs; unsubscribing stops it', () => {
    const font = `400 12px ${FAMILY}`;
    const first = textMeasurer(font, 12);
    const seen: boolean[] = [];
    const stop = watchFonts(() => seen.push(textMeasurer(font, 12) !== first));
    document.fonts.dispatchEvent(new Event('loadingdone'));
    stop();
    document.fonts.dispatchEvent(new Event('loadingdone'));
    expect(seen).to.deep.equal([true]);
  });
});
