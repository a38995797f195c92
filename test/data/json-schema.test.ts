import { expect } from '@open-wc/testing';
import { generateOrderOfBattle } from '../../src/data/generate.js';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import * as E from '../../src/data/validate/enums.js';
import * as S from '../../src/data/validate/shapes.js';
import { base, loose, okDataset, type Loose } from './fixtures.js';
import { validate, type Json } from './mini-json-schema.js';
import { TYPE_KEYS, type TypeName } from './type-keys.js';

type Schema = { [key: string]: Json };

let schema: Schema;
const defs = (): Record<string, Schema> => schema.$defs as Record<string, Schema>;
const def = (name: string): Schema => defs()[name] as Schema;
const prop = (name: string, key: string): Schema => (def(name).properties as Record<string, Schema>)[key] as Schema;
const sorted = (list: Iterable<string>) => [...list].sort();
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Json;

/** The parser's shape for each schema definition. */
const SHAPES: Record<TypeName, S.Shape> = {
  OrderOfBattle: S.ORDER_OF_BATTLE,
  Meta: S.META,
  Citation: S.CITATION,
  LocalizedName: S.LOCALIZED_NAME,
  Source: S.SOURCE,
  Side: S.SIDE,
  UnitState: S.UNIT_STATE,
  UnitChange: S.UNIT_CHANGE,
  Unit: S.UNIT,
  Person: S.PERSON,
  Role: S.ROLE,
  RangeValue: S.RANGE_VALUE,
  ApproximateRange: S.APPROXIMATE_RANGE,
  ApproximateValue: S.APPROXIMATE_VALUE,
  StrengthObservation: S.OBSERVATION,
  HistoricalEvent: S.EVENT,
  RankGroup: S.RANK_GROUP,
  Stars: S.STARS,
  Stripes: S.STRIPES,
  CrossStripes: S.CROSS_STRIPES,
  ShoulderBoardDescriptor: S.INSIGNIA,
  Rank: S.RANK,
  RankSystem: S.RANK_SYSTEM,
  DatasetNote: S.NOTE,
};

/** Fields every input object may have beyond its type: the editor link on the root. */
const EXTRA: Partial<Record<TypeName, string[]>> = { OrderOfBattle: ['$schema'] };

before(async () => {
  const response = await fetch(new URL('../../schema/oob-charts.schema.json', import.meta.url));
  schema = (await response.json()) as Schema;
});

describe('schema/oob-charts.schema.json matches src/data/types.ts', () => {
  it('declares draft 2020-12 and starts at the OrderOfBattle definition', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$ref).to.equal('#/$defs/OrderOfBattle');
  });

  for (const name of Object.keys(TYPE_KEYS) as TypeName[]) {
    it(`$defs/${name} has exactly the properties and required fields of the type`, () => {
      const d = def(name);
      expect(d, name).to.be.an('object');
      expect(sorted(Object.keys(d.properties as object))).to.deep.equal(sorted([...TYPE_KEYS[name].all, ...(EXTRA[name] ?? [])]));
      expect(sorted(d.required as string[])).to.deep.equal(sorted(TYPE_KEYS[name].required));
      expect(d.additionalProperties).to.equal(false);
      expect(Object.keys(d.patternProperties as object)).to.deep.equal(['^x-']);
    });

    it(`the parser's shape for ${name} has exactly the fields of the type`, () => {
      const shape = SHAPES[name];
      expect(sorted(shape.fields.keys())).to.deep.equal(sorted([...TYPE_KEYS[name].all, ...(EXTRA[name] ?? [])]));
      const required = TYPE_KEYS[name].required.filter((key) => key !== 'schemaVersion');
      expect(sorted(shape.required)).to.deep.equal(sorted(required));
    });
  }

  it('every object definition of the schema is checked against a type', () => {
    const objects = Object.entries(defs())
      .filter(([, d]) => d.type === 'object')
      .map(([name]) => name);
    expect(sorted(objects)).to.deep.equal(sorted(Object.keys(TYPE_KEYS)));
  });

  it('open enumerations list the parser values and accept x- values', () => {
    const open: [string, readonly string[]][] = [
      ['Echelon', E.ECHELONS],
      ['Arm', E.ARMS],
      ['ChangeType', E.CHANGE_TYPES],
      ['RoleType', E.ROLE_TYPES],
      ['Measure', E.MEASURES],
      ['Qualifier', E.QUALIFIERS],
      ['EventType', E.EVENT_TYPES],
    ];
    for (const [name, values] of open) {
      const anyOf = def(name).anyOf as Schema[];
      expect(anyOf[0]?.enum, name).to.deep.equal([...values]);
      expect(anyOf[1]).to.deep.equal({ $ref: '#/$defs/CustomValue' });
    }
  });

  it('closed enumerations list the parser values', () => {
    const closed: [string, string, readonly string[]][] = [
      ['Side', 'affiliation', E.AFFILIATIONS],
      ['Rank', 'nato', E.NATO_CODES],
      ['RankGroup', 'category', E.RANK_CATEGORIES],
      ['LocalizedName', 'dir', E.NAME_DIRS],
      ['LocalizedName', 'kind', E.NAME_KINDS],
      ['DatasetNote', 'topic', E.NOTE_TOPICS],
      ['ShoulderBoardDescriptor', 'shape', E.BOARD_SHAPES],
      ['ShoulderBoardDescriptor', 'field', E.BOARD_FIELDS],
      ['ShoulderBoardDescriptor', 'emblem', E.EMBLEMS],
      ['ShoulderBoardDescriptor', 'basis', E.BASES],
      ['Stars', 'arrangement', E.STAR_ARRANGEMENTS],
      ['Stars', 'size', E.STAR_SIZES],
      ['CrossStripes', 'width', E.STRIPE_WIDTHS],
    ];
    for (const [name, key, values] of closed) expect(prop(name, key).enum, `${name}.${key}`).to.deep.equal([...values]);
    expect(prop('ShoulderBoardDescriptor', 'kind').const).to.equal('shoulder-board');
  });

  it('insignia counts have the parser maxima', () => {
    expect(prop('Stars', 'count').maximum).to.equal(E.MAX_STARS);
    expect(prop('Stripes', 'count').maximum).to.equal(E.MAX_STRIPES);
    expect(prop('CrossStripes', 'count').maximum).to.equal(E.MAX_CROSS_STRIPES);
  });
});

describe('schema/oob-charts.schema.json validates datasets', () => {
  it('validate(schema, base fixture) finds no errors', () => {
    expect(validate(schema, asJson(base()))).to.deep.equal([]);
  });

  for (const units of [10, 1000]) {
    it(`validate(schema, generateOrderOfBattle({ units: ${units} })) finds no errors`, () => {
      expect(validate(schema, asJson(generateOrderOfBattle({ units, seed: 3 })))).to.deep.equal([]);
    });
  }

  it('the example in docs/schema.md is valid for the schema and for parseOrderOfBattle', async () => {
    const markdown = await (await fetch(new URL('../../docs/schema.md', import.meta.url))).text();
    const block = /```json\n([\s\S]*?)\n```/.exec(markdown)?.[1];
    expect(block, 'a ```json block').to.be.a('string');
    const example = JSON.parse(block as string) as Json;
    expect(validate(schema, example)).to.deep.equal([]);
    okDataset(parseOrderOfBattle(block));
  });

  const rejected: [string, (o: Loose & { units: Loose[]; strength: Loose[] }) => void][] = [
    ['an unknown field', (o) => void ((o.units[0] as Loose).parnet = 'x')],
    ['an unknown echelon', (o) => void ((o.units[0] as Loose).echelon = 'armee')],
    ['a missing required field', (o) => void delete (o.units[0] as Loose).name],
    ['month 13', (o) => void ((o.units[0] as Loose).formed = '1945-13')],
    ['free-text dates', (o) => void ((o.units[0] as Loose).formed = 'c. 1945')],
    ['a negative strength', (o) => void (o.strength[0]!.value = -1)],
    ['a value mixing range and approximate value', (o) => void (o.strength[0]!.value = { min: 1, max: 2, value: 3 })],
    [
      'six stars',
      (o) => void ((((o.rankSystems as Loose[])[0]!.ranks as Loose[])[0]!.insignia as Loose).stars = { count: 6, size: 'large' }),
    ],
    ['another schema version', (o) => void (o.schemaVersion = '2.0')],
    ['an x- value in a closed enumeration', (o) => void ((o.sides as Loose[])[0]!.affiliation = 'x-ally')],
  ];
  for (const [what, mutate] of rejected) {
    it(`the schema and parseOrderOfBattle both reject ${what}`, () => {
      const oob = loose(base());
      mutate(oob);
      expect(validate(schema, asJson(oob))).to.not.deep.equal([]);
      expect(parseOrderOfBattle(oob).ok).to.equal(false);
    });
  }

  it('the schema and parseOrderOfBattle both accept x- fields and x- values', () => {
    const oob = loose(base());
    (oob.units[0] as Loose)['x-callsign'] = 'Eagle';
    (oob.units[1] as Loose).echelon = 'x-task-force';
    expect(validate(schema, asJson(oob))).to.deep.equal([]);
    okDataset(parseOrderOfBattle(oob));
  });
});
