/**
 * Validation takes shortcuts for speed (valid dates and references settled during the walk, one
 * plan per list of keys, duplicate ids indexed first, JSON pointers built only for problems); these
 * tests pin that the shortcuts report exactly what the full checks do, in the same order.
 */
import { expect } from '@open-wc/testing';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import { MAX_STARS } from '../../src/data/validate/enums.js';
import { MAX_DEPTH, MAX_PROBLEMS } from '../../src/data/validate/limits.js';
import { Problems } from '../../src/data/validate/problems.js';
import { base, loose, okDataset, pairs, problemsOf } from './fixtures.js';

describe('parseOrderOfBattle: shortcuts report what the full checks report', () => {
  it('objects of one shape with the same number of keys but different keys each get their own problems', () => {
    const oob = loose(base());
    // Same length as a valid unit's keys (the plan of the first must not be reused for the second).
    oob.units.push({ id: 'u5', parent: 'army', name: 'Fifth', echelon: 'brigade' });
    oob.units.push({ id: 'u6', parent: 'army', nmae: 'Sixth', echelon: 'brigade' });
    oob.units.push({ id: 'u7', parent: 'army', name: 'Seventh', echelon: 'brigade' });
    oob.units.push({ parent: 'army', id: 'u8', echelon: 'brigade', name: 'Eighth' });
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([
      ['/units/5/name', 'missing-field'],
      ['/units/5/nmae', 'unknown-field'],
    ]);
  });

  it('more lists of keys in one shape than are remembered are all checked', () => {
    const oob = loose(base());
    const extras: Record<string, unknown> = {
      order: 3,
      formed: '1946',
      dissolved: '1947',
      arm: 'infantry',
      side: 'north',
      citationNeeded: true,
      sidc: 'SFGPU',
      recruitment: 'volunteers',
      nmae: 'typo',
      names: [],
      changes: [],
      citations: [],
    };
    // Twelve units, each with a list of keys of its own; the ninth has an unknown field.
    for (const [key, value] of Object.entries(extras)) {
      oob.units.push({ id: `x-${key}`, parent: 'army', name: key, echelon: 'brigade', [key]: value });
    }
    // Back to the first lists, forgotten by now.
    oob.units.push({ id: 'y1', parent: 'army', name: 'Y1', echelon: 'brigade', order: 1 });
    oob.units.push({ id: 'y2', parent: 'army', name: 'Y2', echelon: 'brigade', order: 'first' });
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([
      ['/units/12/nmae', 'unknown-field'],
      ['/units/17/order', 'wrong-type'],
    ]);
  });

  it('problems keep their order: structure, dates, date order, duplicate ids, references, hierarchy', () => {
    const oob = loose(base());
    oob.units.push({ id: 'cav', parent: 'nowhere', name: 'Twin', echelon: 'brigade', formed: '1945-02-30', colour: 1 });
    oob.units.push({ id: 'late', parent: 'army', name: 'Late', echelon: 'brigade', formed: '1948', dissolved: '1946' });
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([
      ['/units/4/colour', 'unknown-field'],
      ['/units/4/formed', 'invalid-date'],
      ['/units/5/dissolved', 'date-order'],
      ['/units/4/id', 'duplicate-id'],
      ['/units/4/parent', 'dangling-reference'],
    ]);
  });

  it('a reference to an id defined later in the input is known; a missing one is reported once per use', () => {
    const oob = loose(base());
    oob.units.unshift({ id: 'first', parent: 'last', name: 'First', echelon: 'brigade' });
    oob.units.push({ id: 'last', parent: 'army', name: 'Last', echelon: 'brigade' });
    okDataset(parseOrderOfBattle(oob));
    oob.strength.push({ id: 'o5', measure: 'personnel', subject: 'ghost', date: '1946', value: 1 });
    oob.strength.push({ id: 'o6', measure: 'personnel', subject: 'ghost', date: '1946', value: 2 });
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([
      ['/strength/4/subject', 'dangling-reference'],
      ['/strength/5/subject', 'dangling-reference'],
    ]);
  });

  it('numbers settled on the spot pass exactly the rules checkNumber reports on', () => {
    const oob = loose(base());
    const insignia = (i: number) =>
      (oob.rankSystems as { ranks: { insignia: Record<string, { count: number }> }[] }[])[0]!.ranks[i]!.insignia;
    insignia(0).stars!.count = MAX_STARS;
    insignia(1).stars!.count = 2.5;
    insignia(2).crossStripes!.count = 0;
    oob.strength[0]!.value = -0;
    oob.strength.push({ id: 'o5', measure: 'personnel', subject: 'army', date: '1946', value: 1e300 });
    oob.strength.push({ id: 'o6', measure: 'personnel', subject: 'army', date: '1946', value: -1e-300 });
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([
      ['/strength/5/value', 'negative-number'],
      ['/rankSystems/0/ranks/1/insignia/stars/count', 'wrong-type'],
    ]);
    insignia(1).stars!.count = MAX_STARS + 1;
    oob.strength.pop();
    const result = parseOrderOfBattle(oob);
    expect(pairs(result)).to.deep.equal([['/rankSystems/0/ranks/1/insignia/stars/count', 'unknown-value']]);
    expect(problemsOf(result)[0]?.message).to.contain(`must be at most ${MAX_STARS}`);
  });

  it('an invalid date repeated in many fields is reported at each of them', () => {
    const oob = loose(base());
    oob.units[0]!.formed = '1945-13';
    oob.strength[0]!.date = '1945-13';
    oob.strength[1]!.date = '1945-13';
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([
      ['/units/0/formed', 'invalid-date'],
      ['/strength/0/date', 'invalid-date'],
      ['/strength/1/date', 'invalid-date'],
    ]);
  });

  it('problem paths are exact deep inside arrays and objects, with ~ and / escaped', () => {
    const oob = loose(base());
    const changes = oob.units[1]!.changes as Record<string, unknown>[];
    (changes[0]!.citations as Record<string, unknown>[]).push({ source: 'book', page: 4 });
    (changes[1]!.to as Record<string, unknown>).parent = 'nobody';
    oob.units[2]!['x-a/b~c'] = { deep: [[{ text: 'x'.repeat(10_001) }]] };
    oob.units[3]!['a/b~c'] = 1;
    const result = parseOrderOfBattle(oob);
    expect(pairs(result)).to.deep.equal([
      ['/units/2/x-a~1b~0c/deep/0/0/text', 'too-large'],
      ['/units/1/changes/0/citations/1/page', 'unknown-field'],
      ['/units/3/a~1b~0c', 'unknown-field'],
      ['/units/1/changes/1/to/parent', 'dangling-reference'],
    ]);
    expect(problemsOf(result)[1]?.message).to.equal(
      'unit "div1" change citation has an unknown field "page"; custom fields must start with "x-"',
    );
    expect(problemsOf(result)[3]?.message).to.contain('unit "div1" names parent "nobody"');
  });

  it('an object without an id is named by its exact path in messages', () => {
    const oob = loose(base());
    delete oob.strength[2]!.id;
    (oob.strength[2]!.value as Record<string, unknown>).max = 100;
    const result = parseOrderOfBattle(oob);
    expect(pairs(result)).to.deep.equal([
      ['/strength/2/id', 'missing-field'],
      ['/strength/2/value', 'range-inverted'],
    ]);
    expect(problemsOf(result)[1]?.message).to.equal('observation at /strength/2: value has min 200 greater than max 100');
  });

  it('the dates of one dataset are parsed apart from every other dataset', () => {
    const first = okDataset(parseOrderOfBattle(base()));
    const second = okDataset(parseOrderOfBattle(base()));
    const date = first.dates.get('1946');
    expect(date).to.not.equal(undefined);
    // Equal values, distinct objects: nothing parsed for one dataset is handed to another.
    expect(second.dates.get('1946')).to.deep.equal(date);
    expect(second.dates.get('1946')).to.not.equal(date);
    const oob = base();
    oob.strength = [];
    delete oob.notes;
    const third = okDataset(parseOrderOfBattle(oob));
    expect(third.dates.has('1946')).to.equal(false);
  });

  it('an observation and a unit on the same date share one parsed date within a dataset', () => {
    const oob = base();
    oob.units[0]!.formed = '1946';
    const dataset = okDataset(parseOrderOfBattle(oob));
    expect(dataset.dates.get('1946')).to.equal(dataset.dates.get(oob.strength![1]!.date));
  });
});

describe('parseOrderOfBattle(JSON text): checked in place, reported as a copy would be', () => {
  it('reports overlong names and strings, deep nesting and __proto__ fields as for the same object', () => {
    const oob = loose(base());
    let deep: unknown = 'end';
    for (let i = 0; i < 70; i += 1) deep = { d: deep };
    oob.units[0]!['x-deep'] = deep;
    oob.units[1]!['k'.repeat(10_005)] = 1;
    oob.units[2]!.name = 'n'.repeat(10_001);
    oob.strength[0]!['x-list'] = ['s'.repeat(10_001), { ok: true }];
    const text = JSON.stringify(oob).replace('"x-deep"', '"__proto__":{"polluted":true},"x-deep"');
    const fromText = parseOrderOfBattle(text);
    expect(pairs(fromText)).to.deep.equal([
      [`/units/0/x-deep${'/d'.repeat(MAX_DEPTH - 2)}`, 'too-large'], // the root is at depth 0,
      ['/units/1', 'too-large'],
      ['/units/2/name', 'too-large'],
      ['/strength/0/x-list/0', 'too-large'],
      ['/units/0/__proto__', 'unknown-field'],
    ]);
    expect(problemsOf(fromText)).to.deep.equal(problemsOf(parseOrderOfBattle(JSON.parse(text))));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('builds the same dataset from JSON text as from the object', () => {
    const oob = base();
    const fromText = okDataset(parseOrderOfBattle(JSON.stringify(oob)));
    const fromObject = okDataset(parseOrderOfBattle(oob));
    expect(fromText.source).to.deep.equal(fromObject.source);
    expect([...fromText.dates]).to.deep.equal([...fromObject.dates]);
    expect([...fromText.unitsById.keys()]).to.deep.equal([...fromObject.unitsById.keys()]);
  });
});

describe('Problems.addAll', () => {
  it('adds problems collected apart as if they were added one by one, past the cap too', () => {
    const direct = new Problems(3);
    const merged = new Problems(3);
    const earlier = new Problems(3);
    direct.add('/a', 'wrong-type', 'a');
    merged.add('/a', 'wrong-type', 'a');
    for (const path of ['/b', '/c', '/d', '/e']) {
      direct.add(path, 'duplicate-id', path);
      earlier.add(path, 'duplicate-id', path);
    }
    merged.addAll(earlier);
    expect(merged.list()).to.deep.equal(direct.list());
    expect(merged.count).to.equal(5);
  });

  it('keeps the first MAX_PROBLEMS of many duplicate ids after other problems', () => {
    const oob = loose(base());
    oob.units[0]!.colour = 1;
    for (let i = 0; i < MAX_PROBLEMS + 5; i += 1) oob.units.push({ id: 'cav', parent: 'army', name: 'Twin', echelon: 'brigade' });
    const problems = problemsOf(parseOrderOfBattle(oob));
    expect(problems[0]?.code).to.equal('unknown-field');
    expect(problems[1]?.path).to.equal('/units/4/id');
    expect(problems.length).to.equal(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS]?.message).to.match(/^6 more problems were found/);
  });
});
