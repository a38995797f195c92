import { expect } from '@open-wc/testing';
import { generateOrderOfBattle, mulberry32, ordinal } from '../../src/data/generate.js';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import type { OrderOfBattle, Unit } from '../../src/data/types.js';
import { okDataset } from './fixtures.js';

const LEVEL: Record<string, number> = { army: 0, corps: 1, division: 2, brigade: 3, regiment: 3, battalion: 4, company: 5 };

function depthOf(units: readonly Unit[]): Map<string, number> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const depth = new Map<string, number>();
  for (const unit of units) {
    let d = 0;
    for (let u = unit; u.parent; u = byId.get(u.parent) as Unit) d += 1;
    depth.set(unit.id, d);
  }
  return depth;
}

describe('mulberry32', () => {
  it('mulberry32(seed) repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).to.deep.equal(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).to.equal(true);
    expect(mulberry32(43)()).to.not.equal(xs[0]);
  });
});

describe('ordinal', () => {
  it('ordinal(n) writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).to.deep.equal([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });
});

describe('generateOrderOfBattle', () => {
  for (const units of [0, 1, 2, 10, 57, 1000]) {
    it(`generateOrderOfBattle({ units: ${units} }) has exactly ${units} units`, () => {
      expect(generateOrderOfBattle({ units }).units).to.have.length(units);
    });
  }

  for (const units of [10, 1000, 10000]) {
    it(`generateOrderOfBattle({ units: ${units} }) parses ok with zero problems`, () => {
      const oob = generateOrderOfBattle({ units, seed: 7 });
      const dataset = okDataset(parseOrderOfBattle(oob));
      expect(dataset.unitsById.size).to.equal(units);
    });
  }

  it('generateOrderOfBattle parses ok for many seeds and sizes', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      okDataset(parseOrderOfBattle(generateOrderOfBattle({ units: seed * 13, seed })));
    }
  });

  it('generateOrderOfBattle is deterministic for a seed and differs between seeds', () => {
    const a = generateOrderOfBattle({ units: 500, seed: 3 });
    expect(generateOrderOfBattle({ units: 500, seed: 3 })).to.deep.equal(a);
    expect(generateOrderOfBattle({ units: 500, seed: 4 })).to.not.deep.equal(a);
  });

  it('generateOrderOfBattle is deterministic at 10000 units', () => {
    const a = JSON.stringify(generateOrderOfBattle({ units: 10000, seed: 11 }));
    expect(JSON.stringify(generateOrderOfBattle({ units: 10000, seed: 11 }))).to.equal(a);
  });

  it('generateOrderOfBattle builds army > corps > division > brigade/regiment > battalion > company', () => {
    const { units } = generateOrderOfBattle({ units: 1000, seed: 5 });
    const depth = depthOf(units);
    expect(units.filter((u) => !u.parent).map((u) => u.echelon)).to.deep.equal(['army']);
    for (const unit of units) expect(LEVEL[unit.echelon], unit.id).to.equal(depth.get(unit.id));
    expect(new Set(units.map((u) => u.echelon))).to.deep.equal(
      new Set(['army', 'corps', 'division', 'brigade', 'regiment', 'battalion', 'company']),
    );
  });

  it('generateOrderOfBattle names units like "3rd Rifle Regiment"', () => {
    const { units } = generateOrderOfBattle({ units: 1000, seed: 5 });
    const regiments = units.filter((u) => u.echelon === 'regiment').map((u) => u.name);
    expect(regiments.every((name) => /^\d+(st|nd|rd|th) (\w+ )*Regiment$/.test(name))).to.equal(true);
    expect(units[0]?.name).to.equal('1st Army');
    expect(units.filter((u) => u.echelon === 'corps').every((u) => /^[IVXLC]+ (Tank )?Corps$/.test(u.name))).to.equal(true);
  });

  it('generateOrderOfBattle gives units arms, formed dates and some changes in date order', () => {
    const { units } = generateOrderOfBattle({ units: 2000, seed: 9 });
    expect(units.every((u) => u.arm !== undefined && u.formed !== undefined)).to.equal(true);
    const changes = units.flatMap((u) => u.changes ?? []);
    const types = new Set(changes.map((c) => c.type));
    expect(types.has('upgraded')).to.equal(true);
    expect(types.has('reassigned')).to.equal(true);
    expect(units.some((u) => u.dissolved !== undefined)).to.equal(true);
  });

  it('generateOrderOfBattle adds commanders with ranks and a rank system with insignia', () => {
    const oob = generateOrderOfBattle({ units: 300, seed: 2 });
    const ranks = new Set(oob.rankSystems?.[0]?.ranks.map((r) => r.id));
    expect(oob.roles?.length).to.be.greaterThan(10);
    expect(oob.roles?.every((r) => r.rank === undefined || ranks.has(r.rank))).to.equal(true);
    expect(oob.rankSystems?.[0]?.ranks.every((r) => r.insignia?.kind === 'shoulder-board')).to.equal(true);
    expect(oob.people?.length).to.equal(oob.roles?.length);
  });

  it('generateOrderOfBattle({ observations }) makes that many observations, exact and ranged', () => {
    const oob: OrderOfBattle = generateOrderOfBattle({ units: 200, seed: 1, observations: 400 });
    const values = (oob.strength ?? []).map((o) => o.value);
    expect(values).to.have.length(400);
    expect(values.some((v) => typeof v === 'number')).to.equal(true);
    expect(values.some((v) => typeof v === 'object' && !('approximate' in v))).to.equal(true);
    expect(values.some((v) => typeof v === 'object' && 'approximate' in v && 'value' in v)).to.equal(true);
    expect(values.some((v) => typeof v === 'object' && 'approximate' in v && 'min' in v)).to.equal(true);
    expect((oob.strength ?? []).some((o) => (o.disputes?.length ?? 0) > 0)).to.equal(true);
  });

  it('generateOrderOfBattle throws a RangeError for a negative or fractional unit count', () => {
    expect(() => generateOrderOfBattle({ units: -1 })).to.throw(RangeError);
    expect(() => generateOrderOfBattle({ units: 1.5 })).to.throw(RangeError);
  });
});

describe('generateOrderOfBattle({ shape: "unbalanced" })', () => {
  const childCounts = (units: readonly Unit[]): Map<string, number> => {
    const counts = new Map<string, number>(units.map((u) => [u.id, 0]));
    for (const u of units) if (u.parent) counts.set(u.parent, (counts.get(u.parent) ?? 0) + 1);
    return counts;
  };

  for (const units of [60, 500, 3000]) {
    it(`has exactly ${units} units that parse with zero problems`, () => {
      const oob = generateOrderOfBattle({ units, seed: 7, shape: 'unbalanced' });
      expect(oob.units).to.have.length(units);
      expect(parseOrderOfBattle(oob).ok).to.equal(true);
    });
  }

  it('is ragged: parents have 1 to 12 subordinates, siblings differ, and leaves sit at different depths', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const units = generateOrderOfBattle({ units: 200, seed, shape: 'unbalanced' }).units;
      const parents = [...childCounts(units).values()].filter((n) => n > 0);
      expect(Math.min(...parents)).to.be.at.least(1);
      expect(new Set(parents).size, `seed ${seed}: fan-outs`).to.be.greaterThan(2);
      const depth = depthOf(units);
      const counts = childCounts(units);
      const leafDepths = new Set(units.filter((u) => counts.get(u.id) === 0).map((u) => depth.get(u.id)));
      expect(leafDepths.size, `seed ${seed}: leaf depths`).to.be.greaterThan(1);
      expect(Math.max(...depth.values()), `seed ${seed}: depth`).to.be.within(1, 5);
    }
  });

  it('keeps fan-outs at 12 or fewer while the random tree has room for the units', () => {
    const units = generateOrderOfBattle({ units: 60, seed: 3, shape: 'unbalanced' }).units;
    expect(Math.max(...childCounts(units).values())).to.be.at.most(12);
  });

  it('is deterministic for a seed and differs from the balanced shape', () => {
    const a = generateOrderOfBattle({ units: 300, seed: 9, shape: 'unbalanced' });
    expect(generateOrderOfBattle({ units: 300, seed: 9, shape: 'unbalanced' })).to.deep.equal(a);
    const parents = (oob: OrderOfBattle) => oob.units.map((u) => u.parent ?? '');
    expect(parents(generateOrderOfBattle({ units: 300, seed: 9 }))).to.not.deep.equal(parents(a));
  });
});
