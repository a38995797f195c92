import { expect } from '@open-wc/testing';
import { strengthSeries } from '../../../src/data/strength-series.js';
import {
  barDescription,
  echelonText,
  formatNumber,
  measureText,
  qualifierText,
  shortenText,
  sourceText,
  subjectKey,
  thinLabelsByStride,
  valueText,
  wrapText,
} from '../../../src/layout/strength/text.js';
import { textWidth } from '../../../src/layout/text.js';
import { load } from '../../fixtures/load.js';

describe('formatNumber', () => {
  it('formatNumber(n) groups digits', () => {
    expect(formatNumber(14000)).to.equal('14,000');
    expect(formatNumber(7)).to.equal('7');
    expect(formatNumber(2.345)).to.equal('2.35');
  });
  it('formatNumber groups integers by hand exactly as Intl does for English, and leaves lakh grouping to Intl', () => {
    const values = [0, -0, 7, -7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -123_456_789, 2 ** 53 - 1, -(2 ** 53 - 1)];
    for (const lang of ['', 'en', 'en-US', 'en-GB', 'en-IN']) {
      const intl = new Intl.NumberFormat(lang || 'en', { maximumFractionDigits: 2 });
      for (const v of values) expect(formatNumber(v, lang), `${v} in "${lang}"`).to.equal(intl.format(v));
    }
    expect(formatNumber(1_234_567, 'en-IN')).to.equal('12,34,567');
  });
  it('formatNumber(n, lang) uses the language, and survives a bad tag', () => {
    expect(formatNumber(14000, 'de')).to.equal('14.000');
    expect(formatNumber(14000, '!!')).to.equal('14,000');
  });
});

describe('valueText', () => {
  it('valueText(exact | range | approximate) writes the figure as the source gives it', () => {
    expect(valueText({ kind: 'exact', min: 14000, max: 14000, value: 14000 })).to.equal('14,000');
    expect(valueText({ kind: 'range', min: 25000, max: 30000, value: 27500 })).to.equal('25,000–30,000');
    expect(valueText({ kind: 'approximate', min: 200, max: 500, value: 350 })).to.equal('~200–500');
    expect(valueText({ kind: 'approximate', min: 6000, max: 6000, value: 6000 })).to.equal('~6,000');
  });
});

describe('qualifierText', () => {
  it('qualifierText(id) turns ids into words, custom values included', () => {
    expect(['reduced-to', 'captured', 'x-left-behind', undefined, ''].map(qualifierText)).to.deep.equal([
      'reduced to',
      'captured',
      'left behind',
      '',
      '',
    ]);
  });
});

describe('measureText', () => {
  it('measureText(id) makes a title of a measure id, custom ones included', () => {
    expect(['personnel', 'irregular-reserves', 'armoured-vehicles', 'x-camels', ''].map(measureText)).to.deep.equal([
      'Personnel',
      'Irregular reserves',
      'Armoured vehicles',
      'Camels',
      '',
    ]);
  });
});

describe('sourceText', () => {
  it('sourceText(citation) puts the reference number first and the locator last', () => {
    expect(sourceText({ source: { id: 's', title: 'Book', ref: '3' }, citation: { source: 's', locator: 'p. 12' } })).to.equal(
      '[3] Book, p. 12',
    );
    expect(sourceText({ source: { id: 's', title: 'Article' }, citation: { source: 's' } })).to.equal('Article');
  });
});

describe('thinLabelsByStride', () => {
  it('thinLabelsByStride(spaced labels) keeps them all', () => {
    expect(
      thinLabelsByStride([
        { pos: 0, size: 20 },
        { pos: 40, size: 20 },
        { pos: 80, size: 20 },
      ]),
    ).to.deep.equal([0, 1, 2]);
  });
  it('thinLabelsByStride(crowded labels) keeps every k-th so none overlap', () => {
    const labels = Array.from({ length: 10 }, (_, i) => ({ pos: i * 20, size: 30 }));
    expect(thinLabelsByStride(labels)).to.deep.equal([0, 2, 4, 6, 8]);
  });
  it('thinLabelsByStride([]) is empty and one label is kept', () => {
    expect(thinLabelsByStride([])).to.deep.equal([]);
    expect(thinLabelsByStride([{ pos: 5, size: 500 }])).to.deep.equal([0]);
  });
  it('thinLabelsByStride(labels too wide for any stride) keeps only the first', () => {
    expect(
      thinLabelsByStride([
        { pos: 0, size: 100 },
        { pos: 10, size: 100 },
      ]),
    ).to.deep.equal([0]);
  });
});

describe('barDescription', () => {
  const dataset = load();
  const byId = new Map(strengthSeries(dataset).map((p) => [p.id, p]));
  const options = { measureLabel: measureText, sideName: (id: string) => dataset.sidesById.get(id)?.name ?? id };

  it('barDescription(range) announces figure, qualifier, date, dispute and sources', () => {
    expect(barDescription(byId.get('ina-enlisted')!, options)).to.equal(
      'Personnel, East Turkistan National Army (Second East Turkestan Republic): 25,000–30,000 (range); enlisted; 8 Apr 1945–6 Jun 1946; disputed; sources: Ili National Army, body',
    );
  });
  it('barDescription(approximate, citation needed) says so', () => {
    const text = barDescription(byId.get('kmt-divisions-1945-09')!, options);
    expect(text).to.contain('~25,000 (approximate, "around 25,000")');
    expect(text).to.contain('Sep 1945');
    expect(text).to.contain('citation needed');
  });
  it('barDescription cites the article’s reference numbers', () => {
    expect(barDescription(byId.get('aircraft-captured-ghulja')!, options)).to.contain('[2] East Turkestan Republic');
  });
});

// The strength layout measures labels with the shared estimate at its font size (px), so it is tested here as used.
describe('textWidth (shared estimate, as the strength labels use it)', () => {
  it('textWidth(text, size) grows with length and size, and is 0 for ""', () => {
    expect(textWidth('')).to.equal(0);
    expect(textWidth('14,000', 12)).to.be.greaterThan(textWidth('140', 12));
    expect(textWidth('14,000', 24)).to.equal(textWidth('14,000', 12) * 2);
  });
  it('textWidth(text) is not below what Chromium renders for digits (so thinning is cautious)', () => {
    // Measured in the font every test page serves (scripts/test-fonts.mjs), not the machine's system-ui.
    expect(
      [...document.fonts].some((f) => f.family.includes('Noto Sans') && f.status === 'loaded'),
      'Noto Sans is served',
    ).to.equal(true);
    const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    canvas.font = '12px "Noto Sans"';
    for (const s of ['25,000–30,000', 'Aug 1949', '1945']) {
      expect(textWidth(s, 12)).to.be.at.least(canvas.measureText(s).width * 0.9);
    }
  });
});

describe('echelonText / subjectKey / shortenText / wrapText', () => {
  const size = (t: string) => t.length * 6;
  it('echelonText(echelon) is the APP-6 amplifier as text, empty when unknown', () => {
    expect(['army', 'corps', 'division', 'brigade', 'regiment', 'battalion', 'company'].map(echelonText)).to.deep.equal([
      'XXXX',
      'XXX',
      'XX',
      'X',
      'III',
      'II',
      'I',
    ]);
    expect(echelonText(undefined)).to.equal('');
    expect(echelonText('x-band')).to.equal('');
  });
  it('subjectKey(i) runs A…Z then AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 51].map(subjectKey)).to.deep.equal(['A', 'B', 'Z', 'AA', 'AB', 'AZ']);
  });
  it('shortenText cuts with an ellipsis only when the text is too wide', () => {
    expect(shortenText('Battle of the Ili', 200, size)).to.equal('Battle of the Ili');
    const cut = shortenText('Battle of the Ili', 60, size);
    expect(cut.endsWith('…')).to.equal(true);
    expect(size(cut)).to.be.at.most(60);
  });
  it('wrapText breaks at spaces into lines within the width', () => {
    const lines = wrapText('At 18 Jun 1815: the latest figure of each unit at or before it', 150, size);
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(size(line)).to.be.at.most(150);
    expect(lines.join(' ')).to.equal('At 18 Jun 1815: the latest figure of each unit at or before it');
  });
});
