import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { nonOverlappingLabels, timelineLayout } from '../../../src/layout/timeline/layout.js';
import { timelineStops } from '../../../src/layout/timeline/stops.js';
import { textWidth } from '../../../src/layout/text.js';
import { ev, round } from './helpers.js';

describe('timeline time axis', () => {
  // The timeline maps dates with clampedScale (test/layout/scale.test.ts holds it to d3's clamped UTC scale);
  // its ticks are d3-time's: they must be the ones scaleUtc would give.
  it("timelineLayout's ticks are scaleUtc's ticks for the same domain and count (years, months, days)", () => {
    const stops = (dates: string[]) => timelineStops(dates.map((date, i) => ev(`e${i}`, date)));
    for (const [dates, width] of [
      [['1944-11-12', '1949-12-20'], 900],
      [['1945-03', '1945-11'], 600],
      [['1945-04-01', '1945-04-20'], 320],
    ] as const) {
      const layout = timelineLayout(stops([...dates]), { width, labelWidth: () => 1 });
      expect(layout.ticks.length).to.be.greaterThan(1);
      const expected = scaleUtc()
        .domain(layout.domain)
        .ticks(countFor(layout))
        .map((d) => d.getTime());
      expect(layout.ticks.map((t) => t.value)).to.deep.equal(expected);
    }
  });
});

/** The tick count timelineLayout asks for (its rule: one a year over two years and more, else by width). */
function countFor(layout: ReturnType<typeof timelineLayout>): number {
  const years = (layout.domain[1] - layout.domain[0]) / (365.25 * 86_400_000);
  const byWidth = Math.max(2, Math.floor((layout.track[1] - layout.track[0]) / 70));
  return years >= 2 ? Math.min(byWidth, Math.ceil(years)) : byWidth;
}

describe('nonOverlappingLabels', () => {
  it('nonOverlappingLabels(labels) keeps every label that has room', () => {
    expect(
      nonOverlappingLabels(
        [
          { x: 0, width: 30 },
          { x: 40, width: 30 },
          { x: 80, width: 30 },
        ],
        6,
      ),
    ).to.deep.equal([0, 1, 2]);
  });

  it('nonOverlappingLabels(labels, gap) drops labels that would overlap the last one kept', () => {
    const labels = [0, 20, 40, 60, 80].map((x) => ({ x, width: 30 }));
    expect(nonOverlappingLabels(labels, 6)).to.deep.equal([0, 2, 4]);
  });

  it('nonOverlappingLabels works on labels sorted right to left', () => {
    const labels = [80, 60, 40, 20, 0].map((x) => ({ x, width: 30 }));
    expect(nonOverlappingLabels(labels, 6)).to.deep.equal([0, 2, 4]);
  });

  it('nonOverlappingLabels([]) is empty', () => {
    expect(nonOverlappingLabels([])).to.deep.equal([]);
  });
});

const stops = timelineStops([ev('y', '1945'), ev('d', '1945-07-02'), ev('i', '1946/1947'), ev('e', '1949-12-31')]);

describe('timelineLayout', () => {
  it('timelineLayout(stops, {width}) maps the first possible day to the stop of the last event', () => {
    const layout = timelineLayout(stops, { width: 532, pad: 16 });
    expect(layout.domain).to.deep.equal([Date.UTC(1945, 0, 1), Date.UTC(1949, 11, 31, 23, 59, 59, 999)]);
    expect(layout.track).to.deep.equal([16, 516]);
    expect(layout.marks.map((m) => round(m.x))).to.deep.equal([66.11, 115.95, 315.84, 516]);
    expect(round(layout.position(Date.UTC(1900, 0, 1)))).to.equal(16);
    expect(round(layout.position(Date.UTC(2000, 0, 1)))).to.equal(516);
  });

  it('timelineLayout gives imprecise dates a span from their first to their last possible day', () => {
    const layout = timelineLayout(stops, { width: 532, pad: 16 });
    expect(layout.marks.map((m) => m.spans.map((s) => [round(s.x0), round(s.x1)]))).to.deep.equal([
      [],
      [[16, 115.95]],
      [[115.95, 315.84]],
      [],
    ]);
  });

  it('timelineLayout labels years on a multi-year axis and thins labels that would overlap', () => {
    const wide = timelineLayout(stops, { width: 532, pad: 16 });
    expect(wide.ticks.map((t) => [t.label, round(t.x)])).to.deep.equal([
      ['1945', 16],
      ['1946', 115.95],
      ['1947', 215.89],
      ['1948', 315.84],
      ['1949', 416.05],
    ]);
    const crowded = timelineLayout(stops, { width: 400, pad: 16, labelWidth: () => 80 });
    expect(crowded.ticks.map((t) => t.label)).to.deep.equal(['1945', '1947', '1949']);
    const narrow = timelineLayout(stops, { width: 160, pad: 16 });
    expect(narrow.ticks.map((t) => t.label)).to.deep.equal(['1946', '1948']);
  });

  it("timelineLayout estimates label widths with the shared textWidth at the labels' 12px", () => {
    const ticks = timelineLayout(stops, { width: 532, pad: 16 }).ticks;
    expect(ticks.length).to.be.greaterThan(0);
    for (const t of ticks) expect(t.width).to.equal(textWidth(t.label, 12));
  });

  it('timelineLayout labels months on a short span', () => {
    const short = timelineStops([ev('a', '1945-01-31'), ev('b', '1945-10-14')]);
    const labels = timelineLayout(short, { width: 800 }).ticks.map((t) => t.label);
    expect(labels[0]).to.equal('Feb 1945');
    expect(labels).to.include('Sep 1945');
  });

  it('timelineLayout(stops, {rtl: true}) runs time from right to left', () => {
    const layout = timelineLayout(stops, { width: 532, pad: 16, rtl: true });
    expect(layout.marks.map((m) => round(m.x))).to.deep.equal([465.89, 416.05, 216.16, 16]);
    expect(layout.track).to.deep.equal([16, 516]);
    expect(round(layout.ticks[0]?.x ?? 0)).to.equal(516);
  });

  it('timelineLayout([]) and a zero width are empty but usable', () => {
    const empty = timelineLayout([], { width: 300 });
    expect([empty.marks, empty.ticks]).to.deep.equal([[], []]);
    const zero = timelineLayout(stops, { width: 0 });
    expect(zero.marks.every((m) => m.x === 0)).to.equal(true);
  });

  it('timelineLayout of a single day shows a month around it', () => {
    const one = timelineLayout(timelineStops([ev('a', '1945-01-31')]), { width: 200, pad: 10 });
    expect(one.domain.map((t) => Math.round(t))).to.deep.equal([Date.UTC(1945, 0, 16, 12), Date.UTC(1945, 1, 15, 12)]);
    expect(one.marks.map((m) => round(m.x))).to.deep.equal([103]);
  });
});
