import { expect } from '@open-wc/testing';
import {
  MAX_ARRAY_ITEMS,
  MAX_DEPTH,
  MAX_JSON_LENGTH,
  MAX_PROBLEMS,
  MAX_STRING_LENGTH,
  MAX_UNITS,
  parseOrderOfBattle,
} from '../../src/data/index.js';
import { base, loose, okDataset, pairs, problemsOf, type Loose } from './fixtures.js';

describe('parseOrderOfBattle: hostile inputs', () => {
  it('parseOrderOfBattle reports wrong-type at "/units/0/name" for a getter that throws, without throwing', () => {
    const oob = loose(base());
    Object.defineProperty(oob.units[0], 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseOrderOfBattle(oob);
    expect(pairs(result)).to.deep.equal([['/units/0/name', 'wrong-type']]);
    expect(problemsOf(result)[0]?.message).to.contain('boom');
  });

  it('parseOrderOfBattle survives a thrown value whose toString throws', () => {
    const oob = loose(base());
    const nasty = {
      toString() {
        throw new Error('again');
      },
    };
    Object.defineProperty(oob.meta, 'title', {
      enumerable: true,
      get() {
        throw nasty;
      },
    });
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([['/meta/title', 'wrong-type']]);
  });

  it('parseOrderOfBattle reports wrong-type at "" for a Proxy whose ownKeys trap throws', () => {
    const proxy = new Proxy(base(), {
      ownKeys() {
        throw new Error('no keys');
      },
    });
    expect(pairs(parseOrderOfBattle(proxy))).to.deep.equal([['', 'wrong-type']]);
  });

  it('parseOrderOfBattle reports wrong-type at "/units/1" for a revoked Proxy', () => {
    const oob = loose(base());
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    oob.units[1] = proxy;
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([['/units/1', 'wrong-type']]);
  });

  it('parseOrderOfBattle reads a Proxy whose get trap throws as unreadable fields', () => {
    const oob = loose(base());
    oob.meta = new Proxy(
      { title: 't', defaultLang: 'en' },
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([
      ['/meta/title', 'wrong-type'],
      ['/meta/defaultLang', 'wrong-type'],
    ]);
  });

  it('parseOrderOfBattle reads each property of a Proxy once, so a changing getter cannot pass then fail', () => {
    let reads = 0;
    const oob = loose(base());
    oob.units[2] = new Proxy(
      { ...oob.units[2] },
      {
        get(target, key) {
          if (key === 'echelon') reads += 1;
          return key === 'echelon' && reads > 1 ? 42 : Reflect.get(target, key);
        },
      },
    );
    const dataset = okDataset(parseOrderOfBattle(oob));
    expect(dataset.unitsById.get('cav')?.echelon).to.equal('regiment');
    expect(reads).to.equal(1);
  });

  it('parseOrderOfBattle reports unknown-field at "/__proto__" and does not pollute prototypes (JSON text)', () => {
    const text = JSON.stringify(base()).replace(/^\{/, '{"__proto__": {"polluted": true},');
    expect(pairs(parseOrderOfBattle(text))).to.deep.equal([['/__proto__', 'unknown-field']]);
    expect(({} as Loose).polluted).to.equal(undefined);
  });

  it('parseOrderOfBattle reports unknown-field at "/units/0/__proto__" for an own __proto__ key (object)', () => {
    const oob = loose(base());
    const unit = JSON.parse('{"__proto__": {"side": "south"}}') as Loose;
    Object.assign(unit, oob.units[0]);
    oob.units[0] = unit;
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([['/units/0/__proto__', 'unknown-field']]);
    expect(({} as Loose).side).to.equal(undefined);
  });

  it('parseOrderOfBattle reports unknown-field for "constructor" and "prototype" keys', () => {
    const oob = loose(base());
    Object.defineProperty(oob.units[0], 'constructor', { value: 'x', enumerable: true, writable: true, configurable: true });
    (oob.units[1] as Loose).prototype = {};
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([
      ['/units/0/constructor', 'unknown-field'],
      ['/units/1/prototype', 'unknown-field'],
    ]);
  });

  it('parseOrderOfBattle handles ids named after Object.prototype members', () => {
    const oob = loose(base());
    oob.units.push(
      { id: '__proto__', parent: 'army', name: 'P', echelon: 'company' },
      { id: 'toString', parent: '__proto__', name: 'T', echelon: 'platoon' },
    );
    const dataset = okDataset(parseOrderOfBattle(oob));
    expect(dataset.unitsById.get('toString')?.parent).to.equal('__proto__');
  });

  it('parseOrderOfBattle reports non-JSON values (Date, function, bigint, symbol, Map, class instance) as wrong-type', () => {
    const oob = loose(base());
    (oob.units[0] as Loose).formed = new Date(0);
    (oob.units[1] as Loose).name = () => 'x';
    (oob.units[2] as Loose).order = 1n;
    (oob.units[3] as Loose).name = Symbol('s');
    (oob.meta as Loose).title = new Map();
    (oob.sources as Loose[])[0]!.title = new (class Title {})();
    const result = parseOrderOfBattle(oob);
    expect(pairs(result)).to.deep.equal(
      [
        ['/meta/title', 'wrong-type'],
        ['/units/0/formed', 'wrong-type'],
        ['/units/1/name', 'wrong-type'],
        ['/units/2/order', 'wrong-type'],
        ['/units/3/name', 'wrong-type'],
        ['/sources/0/title', 'wrong-type'],
      ].sort((a, b) => problemsOrder(result, a) - problemsOrder(result, b)),
    );
    expect(
      problemsOf(result)
        .map((p) => p.message)
        .join('\n'),
    )
      .to.contain('a Date object')
      .and.contain('a function')
      .and.contain('a bigint');
  });

  it('parseOrderOfBattle reports an undefined array item as wrong-type', () => {
    const oob = loose(base());
    (oob.events as Loose[])[0]!.units = ['army', undefined];
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([['/events/0/units/1', 'wrong-type']]);
  });

  it('parseOrderOfBattle ignores symbol keys and non-enumerable properties', () => {
    const oob = loose(base());
    (oob.units[0] as Record<symbol, unknown>)[Symbol('s')] = 1;
    Object.defineProperty(oob.units[0], 'hidden', { value: 1, enumerable: false });
    okDataset(parseOrderOfBattle(oob));
  });

  it('parseOrderOfBattle reports too-large for a circular reference instead of looping', () => {
    const oob = loose(base());
    const unit = oob.units[0] as Loose;
    unit['x-self'] = unit;
    const result = parseOrderOfBattle(oob);
    const codes = pairs(result).map(([, code]) => code);
    expect(codes).to.deep.equal(['too-large']);
    expect(problemsOf(result)[0]?.message).to.match(/circular reference/);
    expect(pairs(result)[0]?.[0]).to.match(/^\/units\/0(\/x-self){60,}/);
  });

  it('parseOrderOfBattle never throws for primitive, exotic or frozen inputs', () => {
    const inputs: unknown[] = [
      0,
      -1,
      true,
      Symbol('x'),
      10n,
      () => 1,
      new Uint8Array(4),
      Object.freeze(base()),
      Object.create(null),
      '{"a": 1}',
      'null',
      '"text"',
    ];
    for (const input of inputs) {
      const result = parseOrderOfBattle(input);
      expect(result.ok || result.problems.length > 0).to.equal(true);
    }
  });
});

function problemsOrder(result: ReturnType<typeof parseOrderOfBattle>, pair: string[]): number {
  return problemsOf(result).findIndex((p) => p.path === pair[0]);
}

describe('parseOrderOfBattle: size limits', () => {
  it(`parseOrderOfBattle reports too-large at "/units" for more than MAX_UNITS (${MAX_UNITS}) units`, () => {
    const oob = loose(base());
    oob.units = new Array<Loose>(1_000_000).fill(oob.units[2] as Loose);
    const result = parseOrderOfBattle(oob);
    expect(pairs(result)).to.deep.equal([['/units', 'too-large']]);
    expect(problemsOf(result)[0]?.message).to.contain('1000000 units');
  });

  it(`parseOrderOfBattle reports too-large for more than MAX_ARRAY_ITEMS (${MAX_ARRAY_ITEMS}) array items in all`, () => {
    const oob = loose(base());
    oob.strength = new Array<Loose>(MAX_ARRAY_ITEMS).fill(oob.strength[0] as Loose);
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([['/strength', 'too-large']]);
  });

  it(`parseOrderOfBattle reports too-large at the string for text longer than MAX_STRING_LENGTH (${MAX_STRING_LENGTH})`, () => {
    const oob = loose(base());
    (oob.units[0] as Loose).name = 'x'.repeat(MAX_STRING_LENGTH + 1);
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([['/units/0/name', 'too-large']]);
  });

  it('parseOrderOfBattle reports too-large at the object for a field name longer than MAX_STRING_LENGTH', () => {
    const oob = loose(base());
    (oob.units[1] as Loose)[`x-${'k'.repeat(MAX_STRING_LENGTH)}`] = 1;
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([['/units/1', 'too-large']]);
  });

  it('parseOrderOfBattle accepts text of exactly MAX_STRING_LENGTH characters', () => {
    const oob = loose(base());
    (oob.units[0] as Loose).note = 'x'.repeat(MAX_STRING_LENGTH);
    okDataset(parseOrderOfBattle(oob));
  });

  it(`parseOrderOfBattle reports too-large for nesting deeper than MAX_DEPTH (${MAX_DEPTH})`, () => {
    const oob = loose(base());
    let deep: Loose = {};
    for (let i = 0; i < MAX_DEPTH + 5; i += 1) deep = { a: deep };
    (oob.units[0] as Loose)['x-deep'] = deep;
    const result = pairs(parseOrderOfBattle(oob));
    expect(result).to.have.length(1);
    expect(result[0]?.[1]).to.equal('too-large');
    expect(result[0]?.[0].split('/')).to.have.length(MAX_DEPTH + 2);
  });

  it(`parseOrderOfBattle reports too-large at "" for JSON text longer than MAX_JSON_LENGTH (${MAX_JSON_LENGTH})`, () => {
    const result = parseOrderOfBattle(' '.repeat(MAX_JSON_LENGTH + 1));
    expect(pairs(result)).to.deep.equal([['', 'too-large']]);
  });

  it(`parseOrderOfBattle lists at most MAX_PROBLEMS (${MAX_PROBLEMS}) problems and counts the rest`, () => {
    const oob = loose(base());
    for (let i = 0; i < 2000; i += 1) oob.units.push({ id: `bad${i}`, parent: 'army', name: 'Bad', echelon: 'legion' });
    const problems = problemsOf(parseOrderOfBattle(oob));
    expect(problems).to.have.length(MAX_PROBLEMS + 1);
    expect(problems.slice(0, MAX_PROBLEMS).every((p) => p.code === 'unknown-value')).to.equal(true);
    expect(problems[0]?.path).to.equal('/units/4/echelon');
    expect(problems[MAX_PROBLEMS]).to.deep.equal({
      path: '',
      code: 'too-large',
      message: `1500 more problems were found but not listed (only the first ${MAX_PROBLEMS} are reported)`,
    });
  });
});
