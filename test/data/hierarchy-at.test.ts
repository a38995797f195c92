import { expect } from '@open-wc/testing';
import { earliestInstant, hierarchyAt, latestInstant } from '../../src/data/hierarchy-at.js';
import type { HierarchyNodeAt } from '../../src/data/hierarchy-at.js';
import { iliNationalArmy } from '../../src/data/ili-national-army.js';
import { tinyOob } from '../fixtures/tiny-oob.js';
import { load } from '../fixtures/load.js';

/** The tree as nested `[id, children]` for compact deep-equal assertions. */
function shape(nodes: HierarchyNodeAt[]): unknown[] {
  return nodes.map((n) => (n.children.length ? [n.unit.id, shape(n.children)] : n.unit.id));
}

describe('hierarchyAt', () => {
  const tiny = load(tinyOob());
  const ina = load(iliNationalArmy);

  it('hierarchyAt(tiny, "1900-03-01") hides units not yet formed', () => {
    const tree = hierarchyAt(tiny, '1900-03-01');
    expect(shape(tree.roots)).to.deep.equal([['corps', [['div1', ['bde', 'bn']]]], 'red-army']);
    expect(tree.units.get('div2')?.status).to.equal('not-yet-formed');
  });

  it('hierarchyAt(tiny, "1901-12-31") applies a reassignment and drops a dissolved unit', () => {
    const tree = hierarchyAt(tiny, '1901-12-31');
    expect(shape(tree.roots)).to.deep.equal([['corps', ['div1', ['div2', ['bde']]]], 'red-army']);
    expect(tree.units.get('bn')?.status).to.equal('dissolved');
    expect(tree.units.get('bde')?.parent).to.equal('div2');
  });

  it('hierarchyAt treats a year-precision change as uncertain within that year', () => {
    const tree = hierarchyAt(tiny, '1901-03-01');
    const bde = tree.units.get('bde');
    expect(bde?.parent).to.equal('div1');
    expect(bde?.uncertain.map((c) => c.type)).to.deep.equal(['reassigned']);
    expect(
      hierarchyAt(tiny, '1901')
        .units.get('bde')
        ?.applied.map((c) => c.type),
    ).to.deep.equal(['reassigned']);
  });

  it('hierarchyAt applies a redesignation from its day on', () => {
    expect(hierarchyAt(tiny, '1902-03-14').units.get('div2')?.name).to.equal('2nd Division');
    expect(hierarchyAt(tiny, '1902-03-15').units.get('div2')?.name).to.equal('2nd Guards Division');
  });

  it('hierarchyAt lists leaders only within their role dates', () => {
    expect(
      hierarchyAt(tiny, '1901-06-01')
        .units.get('corps')
        ?.leaders.map((l) => l.person.id),
    ).to.deep.equal(['p1']);
    expect(hierarchyAt(tiny, '1902-06-01').units.get('corps')?.leaders).to.deep.equal([]);
  });

  it('hierarchyAt with includeInactive keeps not-yet-formed and dissolved units', () => {
    const tree = hierarchyAt(tiny, '1900-03-01', { includeInactive: true });
    expect(shape(tree.roots)).to.deep.equal([['corps', [['div1', ['bde', 'bn']], 'div2', 'late']], 'red-army']);
  });

  it('hierarchyAt defaults to the latest date and accepts Date and number', () => {
    expect(hierarchyAt(tiny).asOf).to.equal(latestInstant(tiny));
    const instant = Date.UTC(1900, 2, 1);
    expect(hierarchyAt(tiny, new Date(instant)).asOf).to.equal(instant);
    expect(hierarchyAt(tiny, instant).asOf).to.equal(instant);
    expect(earliestInstant(tiny)).to.equal(Date.UTC(1900, 0, 1));
  });

  it('hierarchyAt(ina, "1945-04-08") shows the ten units under the army, the Sibo upgrade still uncertain', () => {
    const tree = hierarchyAt(ina, '1945-04-08');
    const army = tree.roots.find((n) => n.unit.id === 'ina');
    expect(army?.children.map((c) => c.unit.id)).to.deep.equal([
      'suidun-infantry-regiment',
      'ghulja-regiment',
      'kensai-regiment',
      'ghulja-reserve-regiment',
      'kazakh-cavalry-regiment',
      'dungan-regiment',
      'artillery',
      'sibo-battalion',
      'mongol-battalion',
      'aviation',
    ]);
    const sibo = tree.units.get('sibo-battalion');
    expect(sibo?.echelon).to.equal('battalion');
    expect(sibo?.uncertain.map((c) => c.type)).to.deep.equal(['upgraded']);
  });

  it('hierarchyAt(ina, "1947-12-31") moves the Kazakh cavalry regiment under Osman Batur', () => {
    const tree = hierarchyAt(ina, '1947-12-31');
    const kazakh = tree.units.get('kazakh-cavalry-regiment');
    expect(kazakh?.parent).to.equal('osman-batur-irregulars');
    // Osman Batur's irregulars defected to the Kuomintang the same year; the regiment follows its new parent.
    expect(kazakh?.side).to.equal('kmt');
    expect(tree.units.get('osman-batur-irregulars')?.side).to.equal('kmt');
    expect(kazakh?.applied.map((c) => c.type)).to.deep.equal(['defected']);
    expect(tree.roots.find((n) => n.unit.id === 'osman-batur-irregulars')?.children.map((c) => c.unit.id)).to.deep.equal([
      'kazakh-cavalry-regiment',
    ]);
  });

  it('hierarchyAt(ina, "1949-12-22") shows the incorporated corps and the upgraded regiments', () => {
    const tree = hierarchyAt(ina, '1949-12-22');
    const army = tree.units.get('ina');
    expect([army?.name, army?.echelon, army?.side]).to.deep.equal(['Xinjiang 5th Army Corps', 'corps', 'pla']);
    expect(tree.units.get('sibo-battalion')?.echelon).to.equal('regiment');
    expect(tree.units.get('mongol-battalion')?.echelon).to.equal('regiment');
    expect(tree.units.get('suidun-infantry-regiment')?.side).to.equal('pla');
  });

  it('hierarchyAt(ina, "1945-03-01") is before the army existed', () => {
    const tree = hierarchyAt(ina, '1945-03-01');
    expect(tree.units.get('ina')?.status).to.equal('not-yet-formed');
    expect(tree.roots.map((n) => n.unit.id)).to.deep.equal(['osman-batur-irregulars']);
    expect(tree.units.get('aviation')?.status).to.equal('not-yet-formed');
  });
});

describe('latestInstant and earliestInstant', () => {
  it('ignore source publication and access dates', () => {
    const oob = tinyOob();
    oob.sources[0] = { ...oob.sources[0]!, published: '2019', accessed: '2021-05-26' };
    expect(new Date(latestInstant(load(oob))).getUTCFullYear()).to.equal(1903);
  });

  it('prefer meta.dateRange when the dataset gives one', () => {
    const ina = load(iliNationalArmy);
    expect(new Date(latestInstant(ina)).toISOString()).to.equal('1949-12-22T23:59:59.999Z');
    expect(new Date(earliestInstant(ina)).toISOString()).to.equal('1945-04-08T00:00:00.000Z');
  });
});
