import { expect } from '@open-wc/testing';
import { rectsOverlap } from '../../../src/layout/geometry.js';
import { selectPoints, snapshotSelection } from '../../../src/layout/strength/select.js';
import { scalePanels, spread, subjectLayout } from '../../../src/layout/strength/snapshot.js';
import { strengthLayout } from '../../../src/layout/strength/strength-layout.js';
import { load } from '../../fixtures/load.js';
import { illustrativeArmy } from '../../elements/strength-chart/fixtures.js';

const army = load(illustrativeArmy());
const pick = (measure: string, date = '') =>
  snapshotSelection(selectPoints(army, { measure, subject: '', side: '', from: '', to: '', group: 'subject' }), date);

describe('spread / scalePanels (the 20x rule)', () => {
  const personnel = pick('personnel');
  it('spread(points) is the largest over the smallest positive figure', () => {
    expect(spread(personnel.points)).to.be.closeTo(107_000 / Math.min(...personnel.points.map((p) => p.min)), 1e-9);
    expect(spread([])).to.equal(1);
  });
  it('scalePanels(auto, > 20x) splits by echelon when each echelon is within 20x, titles saying "own scale"', () => {
    const plans = scalePanels('personnel', personnel.points, 'auto', personnel.subjects, 'Personnel');
    expect(plans.map((p) => p.title)).to.deep.equal([
      'Personnel · army (own scale)',
      'Personnel · corps (own scale)',
      'Personnel · division (own scale)',
      'Personnel · regiment (own scale)',
    ]);
    expect(plans.every((p) => p.type === 'linear')).to.equal(true);
  });
  it('scalePanels(auto) within 20x is one linear panel, untitled; explicit linear or log is kept', () => {
    const horses = pick('horses');
    expect(scalePanels('horses', horses.points, 'auto', horses.subjects, 'Horses')).to.have.length(1);
    expect(scalePanels('personnel', personnel.points, 'linear', personnel.subjects, 'P').map((p) => [p.title, p.type])).to.deep.equal([
      ['P', 'linear'],
    ]);
    expect(scalePanels('personnel', personnel.points, 'log', personnel.subjects, 'P').map((p) => [p.title, p.type])).to.deep.equal([
      ['P', 'log'],
    ]);
  });
  it('scalePanels(auto) uses a log scale when one echelon alone differs > 20x', () => {
    const points = personnel.points.map((p) => (p.subject === 'regiment-1' ? { ...p, min: 12, max: 12, value: 12 } : p));
    const plans = scalePanels('personnel', points, 'auto', personnel.subjects, 'Personnel');
    expect(plans.map((p) => [p.title, p.type])).to.deep.equal([['Personnel (log scale: figures differ > 20×)', 'log']]);
  });
});

describe('subjectLayout (through strengthLayout, group: subject)', () => {
  const s = pick('all', '1815-06-18');
  const layout = (width: number) =>
    strengthLayout(s.points, { width, group: 'subject', subjects: s.subjects, snapshot: s.snapshot, measures: s.measures });
  it('draws one row per unit in hierarchy order, indented by depth, with its echelon mark', () => {
    const l = layout(900);
    const first = l.panels[0]!;
    expect(first.rows.map((r) => r.subject)).to.deep.equal(['army']);
    const regiments = l.panels.find((p) => p.title.includes('regiment'))!;
    expect(regiments.rows.map((r) => r.mark)).to.satisfy((marks: string[]) => marks.every((m) => m === 'III'));
    const all = l.panels.flatMap((p) => p.rows);
    const x = (id: string) => all.find((r) => r.subject === id)!.x;
    expect(x('corps-1')).to.be.greaterThan(x('army'));
    expect(x('regiment-1')).to.be.greaterThan(x('division-1'));
    expect(l.axis).to.equal(undefined);
    expect(l.caption?.lines.join(' ')).to.contain('18 Jun 1815');
  });
  it('puts each bar on its row, one bar per figure, in reading order', () => {
    const l = layout(900);
    expect(l.bars).to.have.length(s.points.length);
    for (const panel of l.panels) {
      for (const bar of panel.bars) {
        const row = panel.rows.find((r) => r.subject === bar.point.subject)!;
        // The bar's middle is on its row's line (inline names) or just below it (names above bars).
        expect(Math.abs(bar.shape.solid.y + bar.shape.solid.height / 2 - (row.y - 4))).to.be.below(20);
      }
    }
  });
  it('says a figure’s own date where it differs from the snapshot', () => {
    const l = layout(900);
    const corps = l.bars.find((b) => b.point.subject === 'corps-1')!;
    const regiment = l.bars.find((b) => b.point.subject === 'regiment-1' && b.point.measure === 'personnel')!;
    expect(corps.text.detail).to.contain('Jun 1815');
    expect(regiment.text.detail).to.equal('');
  });
  it('puts names above their bars when they would take more than 40% of the width, and nothing overlaps', () => {
    for (const width of [320, 600, 1100]) {
      const l = layout(width);
      const names = l.panels.flatMap((p) =>
        p.rows.map((r) => ({ x: r.x, y: r.y - 12, width: r.nameX - r.x + r.text.length * 7, height: 14 })),
      );
      const labels = l.bars.flatMap((b) => (b.label ? [b.label.box] : []));
      const boxes = [...names, ...labels];
      for (let i = 0; i < boxes.length; i += 1)
        for (let j = i + 1; j < boxes.length; j += 1) expect(rectsOverlap(boxes[i]!, boxes[j]!, -0.5)).to.equal(false);
      for (const r of l.panels.flatMap((p) => p.rows)) expect(r.text).to.equal(r.full);
    }
    const narrow = layout(320);
    const wide = layout(1100);
    expect(narrow.panels[1]!.frame.x).to.be.below(wide.panels[1]!.frame.x);
  });
});

describe('subjectLayout directly', () => {
  it('subjectLayout(no figures) has no panels rows and no bars', () => {
    const base = {
      width: 400,
      orientation: 'horizontal' as const,
      group: 'subject' as const,
      axis: undefined,
      timeLabels: [],
      timeTicks: [],
      rules: [],
      legend: { items: [], height: 0, x: 4, y: 4 },
      sides: [],
    };
    const l = subjectLayout([], { width: 400, measures: [] }, 8, base);
    expect(l.bars).to.deep.equal([]);
    expect(l.panels).to.deep.equal([]);
  });
});
