import { expect } from '@open-wc/testing';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import type { OrderOfBattle } from '../../src/data/types.js';
import { base, loose, okDataset, pairs, problemsOf, type Loose } from './fixtures.js';

interface Case {
  when: string;
  mutate: (oob: Loose & { units: Loose[]; strength: Loose[] }) => void;
  expected: [string, string][];
  message?: RegExp;
}

/** Runs each case against a mutated copy of the base fixture, asserting the exact problem list. */
function table(cases: Case[]): void {
  for (const { when, mutate, expected, message } of cases) {
    const [path, code] = expected[0] ?? ['', ''];
    it(`parseOrderOfBattle reports ${code} at "${path}" when ${when}`, () => {
      const oob = base();
      mutate(loose(oob));
      const result = parseOrderOfBattle(oob);
      expect(pairs(result)).to.deep.equal(expected);
      if (message) expect(problemsOf(result)[0]?.message).to.match(message);
    });
  }
}

const rank = (o: Loose, i: number) => ((o.rankSystems as Loose[])[0]?.ranks as Loose[])[i] as Loose;
const insignia = (o: Loose, i: number) => rank(o, i).insignia as Loose;
const unit = (o: { units: Loose[] }, i: number) => o.units[i] as Loose;

describe('parseOrderOfBattle: valid input', () => {
  it('parseOrderOfBattle(object) returns ok with an indexed dataset', () => {
    const dataset = okDataset(parseOrderOfBattle(base()));
    expect(dataset.unitsById.get('cav')?.name).to.equal('Cavalry Regiment');
    expect(dataset.childrenById.get('army')?.map((u) => u.id)).to.deep.equal(['div1', 'cav']);
    expect(dataset.ranksById.get('sgt')?.group).to.equal('soldiers');
    expect(dataset.dates.get('1947~')?.approximate).to.equal(true);
  });

  it('parseOrderOfBattle(jsonString) parses JSON text', () => {
    const dataset = okDataset(parseOrderOfBattle(JSON.stringify(base())));
    expect(dataset.source.units).to.have.length(4);
  });

  it('parseOrderOfBattle(jsonString) accepts a leading byte order mark', () => {
    okDataset(parseOrderOfBattle(`\uFEFF${JSON.stringify(base())}`));
  });

  it('parseOrderOfBattle returns a copy that later edits of the input do not change', () => {
    const oob = base();
    const dataset = okDataset(parseOrderOfBattle(oob));
    (oob.units[0] as { name: string }).name = 'changed';
    expect(dataset.unitsById.get('army')?.name).to.equal('North Army');
    expect(dataset.source).to.deep.equal(base());
  });

  it('parseOrderOfBattle accepts x- fields and x- values of open enumerations', () => {
    const oob = loose(base());
    unit(oob, 0)['x-callsign'] = { radio: 'Eagle' };
    unit(oob, 1).echelon = 'x-task-force';
    unit(oob, 2).arm = 'x-mountain-cavalry';
    ((unit(oob, 1).changes as Loose[])[0] as Loose).type = 'x-renamed';
    (oob.strength[0] as Loose).measure = 'x-camels';
    (oob.strength[0] as Loose).qualifier = 'x-rumoured';
    (oob.roles as Loose[])[0]!.type = 'x-quartermaster';
    (oob.events as Loose[])[0]!.type = 'x-parade';
    okDataset(parseOrderOfBattle(oob));
  });

  it('parseOrderOfBattle accepts an editor "$schema" link and drops it from the dataset', () => {
    const oob = loose(base());
    oob.$schema = './oob-charts.schema.json';
    const dataset = okDataset(parseOrderOfBattle(oob));
    expect(dataset.source).to.not.have.property('$schema');
  });

  it('parseOrderOfBattle treats undefined properties as absent', () => {
    const oob = loose(base());
    unit(oob, 0).arm = undefined;
    const dataset = okDataset(parseOrderOfBattle(oob));
    expect(dataset.unitsById.get('army')).to.not.have.property('arm');
  });

  it('parseOrderOfBattle accepts a dataset with no units and only the required collections', () => {
    const oob: OrderOfBattle = { schemaVersion: '1.0', meta: { title: 'Empty', defaultLang: 'en' }, sources: [], sides: [], units: [] };
    expect(okDataset(parseOrderOfBattle(oob)).unitsById.size).to.equal(0);
  });
});

describe('parseOrderOfBattle: input and version', () => {
  it('parseOrderOfBattle reports invalid-json at "" with the position of the error', () => {
    const result = parseOrderOfBattle('{\n  "schemaVersion": "1.0",\n  "meta": }');
    expect(pairs(result)).to.deep.equal([['', 'invalid-json']]);
    expect(problemsOf(result)[0]?.message).to.match(/position 38 \(line 3, column 11\)/);
  });

  it('parseOrderOfBattle reports invalid-json at "" for empty text', () => {
    const result = parseOrderOfBattle('');
    expect(pairs(result)).to.deep.equal([['', 'invalid-json']]);
    expect(problemsOf(result)[0]?.message).to.match(/position 0/);
  });

  it('parseOrderOfBattle reports invalid-json at "" for truncated text', () => {
    const text = JSON.stringify(base()).slice(0, 100);
    const result = parseOrderOfBattle(text);
    expect(pairs(result)).to.deep.equal([['', 'invalid-json']]);
    expect(problemsOf(result)[0]?.message).to.match(/position \d+/);
  });

  for (const [label, input] of [
    ['an array', []],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['JSON text of an array', '[1, 2]'],
    ['a Date', new Date(0)],
  ] as [string, unknown][]) {
    it(`parseOrderOfBattle reports wrong-type at "" for ${label}`, () => {
      expect(pairs(parseOrderOfBattle(input))).to.deep.equal([['', 'wrong-type']]);
    });
  }

  it('parseOrderOfBattle reports missing-field at "/schemaVersion" when it is absent', () => {
    const oob = loose(base());
    delete oob.schemaVersion;
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([['/schemaVersion', 'missing-field']]);
  });

  it('parseOrderOfBattle reports wrong-type at "/schemaVersion" for a number', () => {
    const oob = loose(base());
    oob.schemaVersion = 1;
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([['/schemaVersion', 'wrong-type']]);
  });

  it('parseOrderOfBattle reports only unsupported-version at "/schemaVersion" for another version', () => {
    const oob = loose(base());
    oob.schemaVersion = '2.0';
    (oob as Loose).units = 'not checked';
    const result = parseOrderOfBattle(oob);
    expect(pairs(result)).to.deep.equal([['/schemaVersion', 'unsupported-version']]);
    expect(problemsOf(result)[0]?.message).to.contain('"2.0"').and.contain('"1.0"');
  });
});

describe('parseOrderOfBattle: types, required and unknown fields', () => {
  table([
    { when: 'units is not an array', mutate: (o) => void (o.units = {} as never), expected: [['/units', 'wrong-type']] },
    { when: 'meta is a string', mutate: (o) => void (o.meta = 'x'), expected: [['/meta', 'wrong-type']] },
    {
      when: 'a unit name is a number',
      mutate: (o) => void (unit(o, 2).name = 7),
      expected: [['/units/2/name', 'wrong-type']],
      message: /unit "cav": name must be a string, not the number 7/,
    },
    {
      when: 'a parent is a number',
      mutate: (o) => void (unit(o, 1).parent = 3),
      expected: [['/units/1/parent', 'wrong-type']],
      message: /a string \(an id\) or null/,
    },
    { when: 'a side is null', mutate: (o) => void (unit(o, 0).side = null), expected: [['/units/0/side', 'wrong-type']] },
    {
      when: 'citationNeeded is a string',
      mutate: (o) => void (unit(o, 3).citationNeeded = 'yes'),
      expected: [['/units/3/citationNeeded', 'wrong-type']],
    },
    { when: 'a note is not an object', mutate: (o) => void ((o.notes as unknown[])[0] = 'note'), expected: [['/notes/0', 'wrong-type']] },
    { when: 'an id is empty', mutate: (o) => void ((o.notes as Loose[])[0]!.id = ''), expected: [['/notes/0/id', 'wrong-type']] },
    { when: 'names is not an array', mutate: (o) => void (unit(o, 0).names = 'Nord'), expected: [['/units/0/names', 'wrong-type']] },
    {
      when: 'a citation is a string',
      mutate: (o) => void (unit(o, 0).citations = ['book']),
      expected: [['/units/0/citations/0', 'wrong-type']],
    },
    {
      when: 'an event lists a unit as a number',
      mutate: (o) => void ((o.events as Loose[])[0]!.units = [1]),
      expected: [['/events/0/units/0', 'wrong-type']],
    },
    { when: 'an order is a string', mutate: (o) => void (unit(o, 2).order = '2'), expected: [['/units/2/order', 'wrong-type']] },
    { when: 'a date is a number', mutate: (o) => void (unit(o, 0).formed = 1945), expected: [['/units/0/formed', 'wrong-type']] },
    {
      when: 'placeholder is a string',
      mutate: (o) => void (rank(o, 3).placeholder = 'true'),
      expected: [['/rankSystems/0/ranks/3/placeholder', 'wrong-type']],
    },
    {
      when: 'a change target is an array',
      mutate: (o) => void ((unit(o, 1).changes as Loose[])[0]!.to = []),
      expected: [['/units/1/changes/0/to', 'wrong-type']],
    },
    {
      when: 'meta has no title',
      mutate: (o) => void delete (o.meta as Loose).title,
      expected: [['/meta/title', 'missing-field']],
      message: /meta has no "title"/,
    },
    { when: 'the dataset has no sources', mutate: (o) => void delete o.sources, expected: [['/sources', 'missing-field']] },
    { when: 'a unit has no echelon', mutate: (o) => void delete unit(o, 2).echelon, expected: [['/units/2/echelon', 'missing-field']] },
    {
      when: 'a side has no affiliation',
      mutate: (o) => void delete (o.sides as Loose[])[1]!.affiliation,
      expected: [['/sides/1/affiliation', 'missing-field']],
    },
    {
      when: 'an observation has no value',
      mutate: (o) => void delete o.strength[0]!.value,
      expected: [['/strength/0/value', 'missing-field']],
    },
    {
      when: 'a change has no date',
      mutate: (o) => void delete (unit(o, 1).changes as Loose[])[0]!.date,
      expected: [['/units/1/changes/0/date', 'missing-field']],
    },
    {
      when: 'a citation has no source',
      mutate: (o) => void delete (unit(o, 0).citations as Loose[])[0]!.source,
      expected: [['/units/0/citations/0/source', 'missing-field']],
    },
    {
      when: 'a localized name has no lang',
      mutate: (o) => void delete ((o.sides as Loose[])[0]!.names as Loose[])[0]!.lang,
      expected: [['/sides/0/names/0/lang', 'missing-field']],
    },
    {
      when: 'an insignia has no field',
      mutate: (o) => void delete insignia(o, 0).field,
      expected: [['/rankSystems/0/ranks/0/insignia/field', 'missing-field']],
    },
    {
      when: 'stars have no size',
      mutate: (o) => void delete (insignia(o, 0).stars as Loose).size,
      expected: [['/rankSystems/0/ranks/0/insignia/stars/size', 'missing-field']],
    },
    {
      when: 'a unit has a misspelt field',
      mutate: (o) => void (unit(o, 2).parnet = 'army'),
      expected: [['/units/2/parnet', 'unknown-field']],
      message: /unknown field "parnet" \(did you mean "parent"\?\)/,
    },
    {
      when: 'the dataset has a misspelt collection',
      mutate: (o) => void (o.unitz = []),
      expected: [['/unitz', 'unknown-field']],
      message: /did you mean "units"/,
    },
    {
      when: 'an insignia has an unknown field',
      mutate: (o) => void (insignia(o, 1).colour = 'red'),
      expected: [['/rankSystems/0/ranks/1/insignia/colour', 'unknown-field']],
    },
    {
      when: 'a field name needs escaping',
      mutate: (o) => void (unit(o, 0)['a/b~c'] = 1),
      expected: [['/units/0/a~1b~0c', 'unknown-field']],
    },
    {
      when: 'an x- field holds a function',
      mutate: (o) => void (unit(o, 0)['x-fn'] = () => 1),
      expected: [['/units/0/x-fn', 'wrong-type']],
      message: /a function/,
    },
  ]);
});

describe('parseOrderOfBattle: enumeration values', () => {
  table([
    {
      when: 'an echelon is misspelt',
      mutate: (o) => void (unit(o, 1).echelon = 'divison'),
      expected: [['/units/1/echelon', 'unknown-value']],
      message: /"divison" is not a known value \(did you mean "division"\?\).*custom values must start with "x-"/,
    },
    { when: 'an arm is unknown', mutate: (o) => void (unit(o, 2).arm = 'camels'), expected: [['/units/2/arm', 'unknown-value']] },
    {
      when: 'a change target arm is unknown',
      mutate: (o) => void ((unit(o, 1).changes as Loose[])[0]!.to = { arm: 'tanks' }),
      expected: [['/units/1/changes/0/to/arm', 'unknown-value']],
    },
    {
      when: 'a change type is unknown',
      mutate: (o) => void ((unit(o, 1).changes as Loose[])[1]!.type = 'moved'),
      expected: [['/units/1/changes/1/type', 'unknown-value']],
    },
    {
      when: 'an affiliation is an x- value (closed list)',
      mutate: (o) => void ((o.sides as Loose[])[1]!.affiliation = 'x-ally'),
      expected: [['/sides/1/affiliation', 'unknown-value']],
    },
    { when: 'x- alone is used as a value', mutate: (o) => void (unit(o, 2).arm = 'x-'), expected: [['/units/2/arm', 'unknown-value']] },
    {
      when: 'a role type is unknown',
      mutate: (o) => void ((o.roles as Loose[])[0]!.type = 'boss'),
      expected: [['/roles/0/type', 'unknown-value']],
    },
    {
      when: 'a measure is unknown',
      mutate: (o) => void (o.strength[0]!.measure = 'soldiers'),
      expected: [['/strength/0/measure', 'unknown-value']],
    },
    {
      when: 'a qualifier is unknown',
      mutate: (o) => void (o.strength[3]!.qualifier = 'guess'),
      expected: [['/strength/3/qualifier', 'unknown-value']],
    },
    {
      when: 'an event type is unknown',
      mutate: (o) => void ((o.events as Loose[])[0]!.type = 'party'),
      expected: [['/events/0/type', 'unknown-value']],
    },
    {
      when: 'a NATO code is unknown',
      mutate: (o) => void (rank(o, 0).nato = 'OF-11'),
      expected: [['/rankSystems/0/ranks/0/nato', 'unknown-value']],
    },
    {
      when: 'a rank group category is unknown',
      mutate: (o) => void (((o.rankSystems as Loose[])[0]!.groups as Loose[])[0]!.category = 'generals'),
      expected: [['/rankSystems/0/groups/0/category', 'unknown-value']],
    },
    {
      when: 'a name direction is unknown',
      mutate: (o) => void (((o.sides as Loose[])[0]!.names as Loose[])[0]!.dir = 'up'),
      expected: [['/sides/0/names/0/dir', 'unknown-value']],
    },
    {
      when: 'a name kind is unknown',
      mutate: (o) => void (((o.sides as Loose[])[0]!.names as Loose[])[0]!.kind = 'nickname'),
      expected: [['/sides/0/names/0/kind', 'unknown-value']],
    },
    {
      when: 'a note topic is unknown',
      mutate: (o) => void ((o.notes as Loose[])[0]!.topic = 'gossip'),
      expected: [['/notes/0/topic', 'unknown-value']],
    },
    {
      when: 'an insignia kind is not shoulder-board',
      mutate: (o) => void (insignia(o, 0).kind = 'collar-tab'),
      expected: [['/rankSystems/0/ranks/0/insignia/kind', 'unknown-value']],
    },
    {
      when: 'an insignia basis is unknown',
      mutate: (o) => void (insignia(o, 0).basis = 'guessed'),
      expected: [['/rankSystems/0/ranks/0/insignia/basis', 'unknown-value']],
    },
    {
      when: 'a board shape is unknown',
      mutate: (o) => void (insignia(o, 0).shape = 'oval'),
      expected: [['/rankSystems/0/ranks/0/insignia/shape', 'unknown-value']],
    },
    {
      when: 'a board field is unknown',
      mutate: (o) => void (insignia(o, 0).field = 'striped'),
      expected: [['/rankSystems/0/ranks/0/insignia/field', 'unknown-value']],
    },
    {
      when: 'a star arrangement is unknown',
      mutate: (o) => void ((insignia(o, 0).stars as Loose).arrangement = 'circle'),
      expected: [['/rankSystems/0/ranks/0/insignia/stars/arrangement', 'unknown-value']],
    },
    {
      when: 'a star size is unknown',
      mutate: (o) => void ((insignia(o, 0).stars as Loose).size = 'huge'),
      expected: [['/rankSystems/0/ranks/0/insignia/stars/size', 'unknown-value']],
    },
    {
      when: 'an emblem is unknown',
      mutate: (o) => void (insignia(o, 2).emblem = 'eagle'),
      expected: [['/rankSystems/0/ranks/2/insignia/emblem', 'unknown-value']],
    },
    {
      when: 'a cross-stripe width is unknown',
      mutate: (o) => void ((insignia(o, 2).crossStripes as Loose).width = 'medium'),
      expected: [['/rankSystems/0/ranks/2/insignia/crossStripes/width', 'unknown-value']],
    },
  ]);
});

describe('parseOrderOfBattle: numbers and strength values', () => {
  table([
    {
      when: 'a strength value is negative',
      mutate: (o) => void (o.strength[0]!.value = -5),
      expected: [['/strength/0/value', 'negative-number']],
    },
    {
      when: 'a range minimum is negative',
      mutate: (o) => void (o.strength[1]!.value = { min: -1, max: 5 }),
      expected: [['/strength/1/value/min', 'negative-number']],
    },
    {
      when: 'an approximate value is negative',
      mutate: (o) => void ((o.strength[3]!.value as Loose).value = -3),
      expected: [['/strength/3/value/value', 'negative-number']],
    },
    {
      when: 'a strength value is NaN',
      mutate: (o) => void (o.strength[0]!.value = Number.NaN),
      expected: [['/strength/0/value', 'non-finite-number']],
    },
    {
      when: 'a range maximum is Infinity',
      mutate: (o) => void (o.strength[1]!.value = { min: 1, max: Number.POSITIVE_INFINITY }),
      expected: [['/strength/1/value/max', 'non-finite-number']],
    },
    {
      when: 'an order is -Infinity',
      mutate: (o) => void (unit(o, 2).order = Number.NEGATIVE_INFINITY),
      expected: [['/units/2/order', 'non-finite-number']],
    },
    {
      when: 'a range is inverted',
      mutate: (o) => void (o.strength[1]!.value = { min: 15000, max: 10000 }),
      expected: [['/strength/1/value', 'range-inverted']],
      message: /min 15000 greater than max 10000/,
    },
    {
      when: 'an approximate range is inverted',
      mutate: (o) => void ((o.strength[2]!.value as Loose).min = 1000),
      expected: [['/strength/2/value', 'range-inverted']],
    },
    {
      when: 'a strength value is a string',
      mutate: (o) => void (o.strength[0]!.value = 'many'),
      expected: [['/strength/0/value', 'wrong-type']],
    },
    {
      when: 'a range has no max',
      mutate: (o) => void (o.strength[1]!.value = { min: 1 }),
      expected: [['/strength/1/value/max', 'missing-field']],
    },
    {
      when: 'an approximate value has no interpretation',
      mutate: (o) => void delete (o.strength[3]!.value as Loose).interpretation,
      expected: [['/strength/3/value/interpretation', 'missing-field']],
    },
    {
      when: 'a range has an extra field',
      mutate: (o) => void (o.strength[1]!.value = { min: 1, max: 2, mean: 1.5 }),
      expected: [['/strength/1/value/mean', 'unknown-field']],
    },
    {
      when: 'a star count is negative',
      mutate: (o) => void ((insignia(o, 0).stars as Loose).count = -1),
      expected: [['/rankSystems/0/ranks/0/insignia/stars/count', 'negative-number']],
    },
    {
      when: 'a stripe count is negative',
      mutate: (o) => void ((insignia(o, 1).stripes as Loose).count = -2),
      expected: [['/rankSystems/0/ranks/1/insignia/stripes/count', 'negative-number']],
    },
    {
      when: 'a cross-stripe count is negative',
      mutate: (o) => void ((insignia(o, 2).crossStripes as Loose).count = -1),
      expected: [['/rankSystems/0/ranks/2/insignia/crossStripes/count', 'negative-number']],
    },
    {
      when: 'a star count is NaN',
      mutate: (o) => void ((insignia(o, 0).stars as Loose).count = Number.NaN),
      expected: [['/rankSystems/0/ranks/0/insignia/stars/count', 'non-finite-number']],
    },
    {
      when: 'a star count is fractional',
      mutate: (o) => void ((insignia(o, 0).stars as Loose).count = 1.5),
      expected: [['/rankSystems/0/ranks/0/insignia/stars/count', 'wrong-type']],
    },
    {
      when: 'a star count is a string',
      mutate: (o) => void ((insignia(o, 0).stars as Loose).count = '4'),
      expected: [['/rankSystems/0/ranks/0/insignia/stars/count', 'wrong-type']],
    },
    {
      when: 'a board has 6 stars',
      mutate: (o) => void ((insignia(o, 0).stars as Loose).count = 6),
      expected: [['/rankSystems/0/ranks/0/insignia/stars/count', 'unknown-value']],
      message: /at most 5/,
    },
    {
      when: 'a board has 4 stripes',
      mutate: (o) => void ((insignia(o, 1).stripes as Loose).count = 4),
      expected: [['/rankSystems/0/ranks/1/insignia/stripes/count', 'unknown-value']],
    },
    {
      when: 'a board has 6 cross-stripes',
      mutate: (o) => void ((insignia(o, 2).crossStripes as Loose).count = 6),
      expected: [['/rankSystems/0/ranks/2/insignia/crossStripes/count', 'unknown-value']],
    },
  ]);
});

describe('parseOrderOfBattle: dates', () => {
  table([
    {
      when: 'a month is 13',
      mutate: (o) => void (unit(o, 0).formed = '1945-13'),
      expected: [['/units/0/formed', 'invalid-date']],
      message: /unit "army": formed "1945-13" is not a valid date/,
    },
    {
      when: 'a day does not exist',
      mutate: (o) => void (unit(o, 2).dissolved = '1949-02-30'),
      expected: [['/units/2/dissolved', 'invalid-date']],
    },
    { when: 'a date is free text', mutate: (o) => void (unit(o, 1).formed = 'c. 1945'), expected: [['/units/1/formed', 'invalid-date']] },
    {
      when: 'the dataset range is reversed',
      mutate: (o) => void ((o.meta as Loose).dateRange = '1949/1945'),
      expected: [['/meta/dateRange', 'invalid-date']],
    },
    {
      when: 'a source publication date is invalid',
      mutate: (o) => void ((o.sources as Loose[])[0]!.published = '90'),
      expected: [['/sources/0/published', 'invalid-date']],
    },
    {
      when: 'a source access date is invalid',
      mutate: (o) => void ((o.sources as Loose[])[1]!.accessed = '2024-1-5'),
      expected: [['/sources/1/accessed', 'invalid-date']],
    },
    {
      when: 'a change date is invalid',
      mutate: (o) => void ((unit(o, 1).changes as Loose[])[0]!.date = '1946-00'),
      expected: [['/units/1/changes/0/date', 'invalid-date']],
    },
    {
      when: 'a birth date is invalid',
      mutate: (o) => void ((o.people as Loose[])[0]!.born = '19001'),
      expected: [['/people/0/born', 'invalid-date']],
    },
    {
      when: 'a death date is invalid',
      mutate: (o) => void ((o.people as Loose[])[0]!.died = '1960~~'),
      expected: [['/people/0/died', 'invalid-date']],
    },
    {
      when: 'a role start is invalid',
      mutate: (o) => void ((o.roles as Loose[])[0]!.from = 'April 1945'),
      expected: [['/roles/0/from', 'invalid-date']],
    },
    {
      when: 'a role end is invalid',
      mutate: (o) => void ((o.roles as Loose[])[0]!.to = '1949/'),
      expected: [['/roles/0/to', 'invalid-date']],
    },
    {
      when: 'an observation date is invalid',
      mutate: (o) => void (o.strength[0]!.date = ''),
      expected: [['/strength/0/date', 'invalid-date']],
    },
    {
      when: 'an event date is invalid',
      mutate: (o) => void ((o.events as Loose[])[0]!.date = '1945-04-31'),
      expected: [['/events/0/date', 'invalid-date']],
    },
    {
      when: 'a unit is dissolved before it is formed',
      mutate: (o) => void (unit(o, 2).dissolved = '1944-12'),
      expected: [['/units/2/dissolved', 'date-order']],
      message: /unit "cav" is dissolved before it is formed/,
    },
    {
      when: 'a unit lists its changes out of order',
      mutate: (o) => void ((unit(o, 1).changes as Loose[])[1]!.date = '1945-12'),
      expected: [['/units/1/changes/1/date', 'date-order']],
      message: /change 1 \(1945-12\) listed after change 0 \(1946-01\)/,
    },
    {
      when: 'a role ends before it starts',
      mutate: (o) => void ((o.roles as Loose[])[0]!.to = '1944'),
      expected: [['/roles/0/to', 'date-order']],
    },
    {
      when: 'a person dies before being born',
      mutate: (o) => void ((o.people as Loose[])[0]!.died = '1899'),
      expected: [['/people/0/died', 'date-order']],
    },
  ]);

  it('parseOrderOfBattle reports the same invalid date at every place it occurs', () => {
    const oob = loose(base());
    unit(oob, 0).formed = '1945-13';
    unit(oob, 1).formed = '1945-13';
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([
      ['/units/0/formed', 'invalid-date'],
      ['/units/1/formed', 'invalid-date'],
    ]);
  });

  it('parseOrderOfBattle allows changes on the same date and dates of different precision in order', () => {
    const oob = loose(base());
    (unit(oob, 1).changes as Loose[])[1]!.date = '1946-01-01';
    okDataset(parseOrderOfBattle(oob));
  });
});

describe('parseOrderOfBattle: many problems at once', () => {
  it('parseOrderOfBattle reports every problem, not just the first, in document order', () => {
    const oob = loose(base());
    unit(oob, 0).echelon = 'armee';
    unit(oob, 2).formed = '1945-13';
    oob.strength[1]!.value = { min: 9, max: 1 };
    (oob.roles as Loose[])[0]!.person = 'nobody';
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([
      ['/units/0/echelon', 'unknown-value'],
      ['/strength/1/value', 'range-inverted'],
      ['/units/2/formed', 'invalid-date'],
      ['/roles/0/person', 'dangling-reference'],
    ]);
  });
});
