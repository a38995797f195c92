import { expect } from '@open-wc/testing';
import { compareRankSystems, NATO_CODES, rankEquivalents, rankTable } from '../../src/data/rank-table.js';
import { compareOob } from '../elements/rank-table/rank-fixture.js';
import { iliNationalArmy } from '../../src/data/ili-national-army.js';
import { tinyOob } from '../fixtures/tiny-oob.js';
import { load } from '../fixtures/load.js';

describe('rankTable', () => {
  it('rankTable(tiny) groups ranks in order with their holders', () => {
    const table = rankTable(load(tinyOob()));
    expect(table?.groups.map((g) => [g.group.id, g.ranks.map((r) => [r.rank.id, r.holders.map((h) => h.person.id)])])).to.deep.equal([
      [
        'g-off',
        [
          ['gen', ['p1']],
          ['lt', []],
        ],
      ],
      ['g-men', [['pte', []]]],
    ]);
  });

  it('rankTable filters by category', () => {
    const ds = load(tinyOob());
    expect(rankTable(ds, { category: 'enlisted' })?.groups.map((g) => g.group.id)).to.deep.equal(['g-men']);
    expect(rankTable(ds, { category: 'officers' })?.groups.map((g) => g.group.id)).to.deep.equal(['g-off']);
  });

  it('rankTable returns undefined for a missing system or a dataset without ranks', () => {
    expect(rankTable(load(tinyOob()), { system: 'nope' })).to.equal(undefined);
    const oob = tinyOob();
    delete oob.rankSystems;
    oob.roles = [];
    expect(rankTable(load(oob))).to.equal(undefined);
  });

  it("rankTable(ina) has the article's seven groups and the named holders", () => {
    const table = rankTable(load(iliNationalArmy));
    expect(table?.groups.map((g) => [g.group.name, g.ranks.length])).to.deep.equal([
      ['General/flag officers', 4],
      ['Field/senior officers', 3],
      ['Junior officers', 4],
      ['Officer cadet', 0],
      ['Senior NCOs', 2],
      ['Junior NCOs', 2],
      ['Enlisted', 2],
    ]);
    const holders = table?.groups.flatMap((g) => g.ranks.flatMap((r) => r.holders.map((h) => `${r.rank.name}: ${h.person.name}`)));
    expect(holders).to.deep.equal(['Major General: Ishaq Beg Munonov', 'Major: Barat Hacı']);
  });
});

describe('compareRankSystems', () => {
  const ids = (ranks: readonly { id: string }[][]) => ranks.map((list) => list.map((r) => r.id));

  it('aligns the systems by NATO code, most senior first, with an empty list where a system has no rank', () => {
    const comparison = compareRankSystems(load(compareOob()), ['alpha', 'beta']);
    expect(comparison.systems.map((s) => s.id)).to.deep.equal(['alpha', 'beta']);
    expect(comparison.rows.map((r) => [r.code, r.category, ids(r.ranks)])).to.deep.equal([
      ['OF-9', 'officers', [['a-gen'], ['b-gen']]],
      ['OF-5', 'officers', [[], ['b-col']]],
      ['OF-3', 'officers', [['a-maj'], ['b-maj']]],
      ['OR-4', 'enlisted', [['a-cpl', 'a-lcpl'], []]],
      ['OR-1', 'enlisted', [['a-pte'], ['b-pte']]],
    ]);
  });

  it('lists ranks without a code under their group, per system, and leaves placeholders out', () => {
    const comparison = compareRankSystems(load(compareOob()), ['beta', 'test-ranks']);
    expect(comparison.uncoded.map((u) => [u.system, u.group.id, u.ranks.map((r) => r.id)])).to.deep.equal([
      [0, 'b-cadets', ['b-cadet']],
      [1, 'high', ['gen', 'capt']],
      [1, 'men', ['sgt']],
    ]);
    expect(comparison.rows.flatMap((r) => r.ranks.flat()).some((r) => r.placeholder)).to.equal(false);
  });

  it('follows the column order asked for, skips unknown ids, filters by category and compares all systems by default', () => {
    const ds = load(compareOob());
    expect(ids(compareRankSystems(ds, ['beta', 'nope', 'alpha']).rows[0]?.ranks ?? [])).to.deep.equal([['b-gen'], ['a-gen']]);
    const enlisted = compareRankSystems(ds, ['alpha', 'beta'], { category: 'enlisted' });
    expect(enlisted.rows.map((r) => r.code)).to.deep.equal(['OR-4', 'OR-1']);
    expect(enlisted.uncoded).to.deep.equal([]);
    expect(compareRankSystems(ds).systems.map((s) => s.id)).to.deep.equal(['test-ranks', 'alpha', 'beta']);
  });

  it('NATO_CODES runs from OF-10 to OF-1, then OR-9 to OR-1', () => {
    expect(NATO_CODES.slice(0, 2)).to.deep.equal(['OF-10', 'OF-9']);
    expect(NATO_CODES.indexOf('OF-1')).to.be.below(NATO_CODES.indexOf('OR-9'));
    expect(NATO_CODES[NATO_CODES.length - 1]).to.equal('OR-1');
  });

  it('the built-in dataset has one rank system and no codes: every rank is listed under its group', () => {
    const comparison = compareRankSystems(load());
    expect(comparison.systems).to.have.length(1);
    expect(comparison.rows).to.deep.equal([]);
    expect(comparison.uncoded.length).to.be.greaterThan(0);
  });
});

describe('rankEquivalents', () => {
  it('rankEquivalents gives the ranks of the other systems at the same code, none for an uncoded rank', () => {
    const comparison = compareRankSystems(load(compareOob()), ['alpha', 'beta', 'test-ranks']);
    expect(rankEquivalents(comparison, 'b-maj').map((e) => [e.system.id, e.rank.id])).to.deep.equal([['alpha', 'a-maj']]);
    expect(rankEquivalents(comparison, 'a-cpl')).to.deep.equal([]);
    expect(rankEquivalents(comparison, 'a-pte').map((e) => e.rank.id)).to.deep.equal(['b-pte']);
    expect(rankEquivalents(comparison, 'gen')).to.deep.equal([]);
  });
});
