import { expect } from '@open-wc/testing';
import { strengthSeries } from '../../../src/data/strength-series.js';
import { planBars, textWidth, timeAxis, timeSlots, usablePoints, valueScale } from '../../../src/layout/strength/index.js';
import { load } from '../../fixtures/load.js';
import { r2 } from './helpers.js';

describe('planBars', () => {
  const dataset = load();
  const points = strengthSeries(dataset, { measure: 'personnel', side: 'all' });
  const { slots, slotOf } = timeSlots(points);
  const axis = timeAxis(slots, { length: 700, kind: 'band' });
  const scale = valueScale(points.flatMap((p) => [p.min, p.max]), { length: 150 });
  const frame = { x: 40, y: 30, width: 700, height: 200 };
  const sideOrder = ['etr', 'kmt', 'tashkurgan-rebels'];
  const bars = planBars({
    panel: 0,
    drawn: usablePoints(points).drawn,
    scale,
    frame,
    orientation: 'vertical',
    axis,
    slotOf,
    sideIndexOf: (p) => sideOrder.indexOf(p.side ?? ''),
    lang: '',
    fontSize: 12,
    measure: (s) => textWidth(s, 12),
    disputedWord: 'disputed',
  });

  it('planBars(points) draws every point once, in slot order', () => {
    expect(bars.map((b) => b.id).sort()).to.deep.equal(points.map((p) => p.id).sort());
    const slotIndex = new Map(slots.map((s, i) => [s.key, i]));
    const order = bars.map((b) => slotIndex.get(b.slot) ?? -1);
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
  });

  it('planBars puts a range bar’s ends at the scale positions of min and max', () => {
    const bar = bars.find((b) => b.id === 'ina-enlisted')!;
    const bottom = frame.y + frame.height;
    expect(r2(bar.shape.solid.y)).to.equal(r2(bottom - scale.map(25000)));
    expect(r2(bar.shape.extension!.y)).to.equal(r2(bottom - scale.map(30000)));
    expect(r2(bar.shape.solid.y + bar.shape.solid.height)).to.equal(bottom);
  });

  it('planBars keeps disputed figures side by side in one slot, flagged', () => {
    const a = bars.find((b) => b.id === 'ina-infantry-infobox')!;
    const b = bars.find((x) => x.id === 'ina-enlisted')!;
    expect(a.slot).to.equal(b.slot);
    expect(a.disputed && b.disputed).to.equal(true);
    expect(r2(a.shape.solid.x + a.shape.solid.width + 1)).to.equal(r2(b.shape.solid.x));
    expect(b.text.detail).to.equal('enlisted · disputed');
  });

  it('planBars always keeps marks and never lets two shown labels overlap', () => {
    const kmt = bars.find((b) => b.id === 'kmt-divisions-1945-09')!;
    expect(kmt.marks?.lines).to.deep.equal(['~ [?]']);
    const boxes = bars.flatMap((b) => (b.label ? [b.label.box] : []));
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [p, q] = [boxes[i]!, boxes[j]!];
        const overlap = p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
        expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
      }
    }
  });
});

describe('planBars (crowded)', () => {
  it('planBars shrinks marks that collide into compact dots, keeping every bar flagged', () => {
    const dataset = load();
    const base = strengthSeries(dataset, { measure: 'personnel', side: 'kmt' }).find((p) => p.id === 'kmt-divisions-1945-09')!;
    const points = Array.from({ length: 40 }, (_, i) => ({ ...base, id: `k${i}`, disputedWith: [] }));
    const { slots, slotOf } = timeSlots(points);
    const axis = timeAxis(slots, { length: 100, kind: 'band' });
    const scale = valueScale([25000], { length: 100 });
    const bars = planBars({
      panel: 0,
      drawn: usablePoints(points).drawn,
      scale,
      frame: { x: 0, y: 0, width: 100, height: 150 },
      orientation: 'vertical',
      axis,
      slotOf,
      sideIndexOf: () => 0,
      lang: '',
      fontSize: 12,
      measure: (s) => textWidth(s, 12),
      disputedWord: 'disputed',
    });
    expect(bars.every((b) => b.marks?.lines[0] === '~ [?]')).to.equal(true);
    expect(bars.filter((b) => b.compactMarks).length).to.be.greaterThan(30);
    expect(bars.filter((b) => !b.compactMarks).length).to.be.greaterThan(0);
  });
});
