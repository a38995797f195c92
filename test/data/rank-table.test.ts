import { expect } from '@open-wc/testing';
import { rankTable } from '../../src/data/rank-table.js';
import { iliNationalArmy } from '../../src/data/ili-national-army.js';
import { tinyOob } from '../fixtures/tiny-oob.js';
import { load } from '../fixtures/load.js';


describe('rankTable', () => {
  it('rankTable(tiny) groups ranks in order with their holders', () => {
    const table = rankTable(load(tinyOob()));
    expect(table?.groups.map((g) => [g.group.id, g.ranks.map((r) => [r.rank.id, r.holders.map((h) => h.person.id)])])).to.deep.equal([
      ['g-off', [['gen', ['p1']], ['lt', []]]],
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

  it('rankTable(ina) has the article\'s seven groups and the named holders', () => {
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
