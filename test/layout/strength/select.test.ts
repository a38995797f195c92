import { expect } from '@open-wc/testing';
import { strengthSeries } from '../../../src/data/strength-series.js';
import { autoGrouping, ruleEvents, selectPoints, snapshotPoints, snapshotSelection } from '../../../src/layout/strength/select.js';
import type { FilterAttributes } from '../../../src/layout/strength/select.js';
import { load } from '../../fixtures/load.js';
import { illustrativeArmy } from '../../elements/strength-chart/fixtures.js';

const army = load(illustrativeArmy());
const ili = load();
const attrs = (over: Partial<FilterAttributes> = {}): FilterAttributes => ({
  measure: 'personnel',
  subject: '',
  side: '',
  from: '',
  to: '',
  ...over,
});
const subjects = (points: readonly { subject: string }[]) => points.map((p) => p.subject);

describe('selectPoints', () => {
  it('selectPoints(subject="a b") keeps the figures of each unit listed', () => {
    const s = selectPoints(army, attrs({ subject: 'corps-1 corps-3', group: 'time' }));
    expect(subjects(s.points)).to.deep.equal(['corps-1', 'corps-3']);
  });
  it('selectPoints(subject="children-of:ID") keeps the direct subordinates only, and mixes with ids', () => {
    expect(subjects(selectPoints(army, attrs({ subject: 'children-of:corps-2' })).points)).to.deep.equal([
      'division-4',
      'division-5',
      'division-6',
    ]);
    expect(subjects(selectPoints(army, attrs({ subject: 'army, children-of:army' })).points)).to.deep.equal([
      'army',
      'corps-1',
      'corps-2',
      'corps-3',
      'corps-4',
    ]);
  });
  it('selectPoints(echelon) keeps one level (or several)', () => {
    expect(selectPoints(army, attrs({ echelon: 'regiment' })).points).to.have.length(24);
    expect(selectPoints(army, attrs({ echelon: 'army corps' })).points).to.have.length(5);
  });
  it('selectPoints gives each subject its name, echelon, depth and hierarchy order', () => {
    const s = selectPoints(army, attrs());
    const info = (id: string) => s.subjects.get(id)!;
    expect(info('regiment-1')).to.include({ name: '1st Cavalry Regiment', echelon: 'regiment', depth: 3 });
    expect(info('army').order).to.be.lessThan(info('corps-1').order);
    expect(info('corps-1').order).to.be.lessThan(info('division-1').order);
    expect(info('division-3').order).to.be.lessThan(info('corps-2').order);
  });
  it('selectPoints names units in the chart language when the dataset has the name', () => {
    const points = selectPoints(ili, attrs({ lang: 'zh' })).points.filter((p) => p.subject === 'ina' && !p.observation.subjectLabel);
    expect(points.length).to.be.greaterThan(0);
    for (const p of points) expect(p.subjectName).to.equal('伊犁民族军');
    expect(selectPoints(ili, attrs()).points.find((p) => p.subject === 'ina' && !p.observation.subjectLabel)?.subjectName).to.equal(
      'East Turkistan National Army',
    );
  });
  it('selectPoints keeps a single id and an empty subject as before', () => {
    expect(selectPoints(ili, attrs({ subject: 'ina' })).points.map((p) => p.id)).to.deep.equal(
      strengthSeries(ili, { measure: 'personnel', side: 'etr', subject: 'ina' }).map((p) => p.id),
    );
  });
});

describe('autoGrouping', () => {
  it('autoGrouping: many units at a few dates read by unit; a few subjects over time by time', () => {
    expect(autoGrouping(strengthSeries(army, {}))).to.equal('subject');
    expect(autoGrouping(strengthSeries(ili, {}))).to.equal('time');
  });
});

describe('snapshotSelection / snapshotPoints', () => {
  const all = selectPoints(army, attrs({ measure: 'all' }));
  it('snapshotPoints(asOf) keeps the latest figure at or before it per unit and measure', () => {
    const june1 = snapshotPoints(all.points, Date.UTC(1815, 5, 1, 23));
    expect(june1.some((p) => p.subject.startsWith('regiment'))).to.equal(false);
    expect(june1).to.have.length(17 + 5);
    expect(snapshotPoints(all.points, Infinity)).to.have.length(all.points.length);
  });
  it('snapshotPoints keeps every figure of the latest date when several share it (disputes side by side)', () => {
    const dup = [...all.points, { ...all.points[0]!, id: 'dup' }];
    expect(
      snapshotPoints(dup, Infinity).filter((p) => p.subject === all.points[0]!.subject && p.measure === all.points[0]!.measure),
    ).to.have.length(2);
  });
  it('snapshotSelection(time view) is the same object, so a moving provider date re-selects nothing', () => {
    const time = selectPoints(army, attrs({ group: 'time' }));
    expect(snapshotSelection(time, '1815-06-01')).to.equal(time);
  });
  it('snapshotSelection(bad date) is a problem, not a throw', () => {
    const s = snapshotSelection(all, 'sometime');
    expect(s.points).to.deep.equal([]);
    expect(s.problems[0]?.code).to.equal('invalid-date');
  });
});

describe('ruleEvents', () => {
  it('ruleEvents(dataset) gives every event with a parsed date', () => {
    expect(ruleEvents(army).map((e) => [e.id, e.date.text])).to.deep.equal([['battle', '1815-06-18']]);
  });
});
