import { expect } from '@open-wc/testing';
import { hierarchyAt } from '../../../src/data/hierarchy-at.js';
import { parseOrderOfBattle } from '../../../src/data/parse.js';
import { fromOrbatMapper, scenarioDay } from '../../../src/data/import/index.js';
import type { ImportProblem } from '../../../src/data/import/index.js';
import { exerciseScenario } from './orbat-scenario.js';

type Json = Record<string, unknown>;
const at = (o: unknown, ...keys: (string | number)[]): Json =>
  keys.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], o) as Json;
const codes = (problems: ImportProblem[]) => problems.map((p) => [p.source ?? p.path, p.code, p.severity]);

describe('fromOrbatMapper: a scenario', () => {
  it('converts sides with their standard identity, and the side / group / unit tree', () => {
    const { ok, oob, parsed } = fromOrbatMapper(exerciseScenario());
    expect(ok).to.equal(true);
    expect(parsed.ok).to.equal(true);
    expect(oob.meta).to.deep.equal({
      title: 'Illustrative exercise',
      description: 'A made-up exercise for tests.',
      defaultLang: 'en',
      perspective: 'blue',
      dateRange: '1990-05-01/1990-05-06',
    });
    expect(oob.sides).to.deep.equal([
      { id: 'blue', name: 'Blue', affiliation: 'friend' },
      { id: 'red', name: 'Red', affiliation: 'hostile' },
    ]);
    expect(oob.units.map((u) => [u.id, u.parent ?? null, u.echelon, u.arm ?? null])).to.deep.equal([
      ['blue-side', null, 'unknown', null],
      ['g-land', 'blue-side', 'unknown', null],
      ['bde1', 'g-land', 'brigade', 'infantry'],
      ['bn1', 'bde1', 'battalion', 'infantry'],
      ['bn2', 'bde1', 'battalion', 'armour'],
      ['bde2', 'g-land', 'brigade', 'infantry'],
      ['g-sea', 'blue-side', 'unknown', null],
      ['ff1', 'g-sea', 'unknown', null],
      ['red-side', null, 'unknown', null],
      ['g-air', 'red-side', 'unknown', null],
      ['sqn', 'g-air', 'unknown', 'air'],
    ]);
    const bde1 = oob.units[2];
    expect(bde1).to.deep.include({
      sidc: '10031000181211000000',
      names: [{ text: '1 BDE', lang: 'und', kind: 'abbreviation' }],
      note: 'An illustrative brigade.',
      citations: [{ source: 'link-1' }],
    });
    expect(oob.sources).to.deep.equal([
      { id: 'link-1', title: '1st Brigade (link in the ORBAT Mapper scenario)', url: 'https://example.org/1st-brigade' },
    ]);
    expect(oob.units.find((u) => u.id === 'ff1')?.sidc).to.equal('10033000001202040000');
  });

  it('turns hierarchy moves and new echelons into dated changes that hierarchyAt replays', () => {
    const { oob, parsed } = fromOrbatMapper(exerciseScenario());
    expect(oob.units.find((u) => u.id === 'bn1')?.changes).to.deep.equal([
      { date: '1990-05-04', type: 'reassigned', to: { parent: 'bde2' } },
    ]);
    expect(oob.units.find((u) => u.id === 'bde2')?.changes).to.deep.equal([
      { date: '1990-05-06', type: 'reorganized', to: { echelon: 'division' } },
    ]);
    if (!parsed.ok) throw new Error('expected a dataset');
    expect(hierarchyAt(parsed.dataset, '1990-05-03').units.get('bn1')?.parent).to.equal('bde1');
    expect(hierarchyAt(parsed.dataset, '1990-05-04').units.get('bn1')?.parent).to.equal('bde2');
  });

  it('places an "above" / "below" move under the superior its target has at that time, after the target\'s own earlier move', () => {
    const scenario = exerciseScenario();
    const land = ((scenario.sides as Record<string, unknown>[])[0]?.groups as Record<string, unknown>[])[0] as {
      subUnits: Record<string, unknown>[];
    };
    const bde1 = land.subUnits[0] as { subUnits: Record<string, unknown>[] };
    // bn1 goes "on" bde2 on the 4th (in the scenario already); bn2 goes "below" bn1 on the 5th: beside bn1,
    // so under bde2, not under bde1 where bn1 started. Written before bn1's move, to show time order counts.
    (bde1.subUnits[1] as Record<string, unknown>).state = [
      { id: 'st9', t: '1990-05-05T10:00:00+02:00', hierarchy: { targetId: 'bn1', placement: 'below' } },
    ];
    bde1.subUnits.reverse();
    const { oob, parsed } = fromOrbatMapper(scenario);
    expect(oob.units.find((u) => u.id === 'bn2')?.changes).to.deep.equal([
      { date: '1990-05-05', type: 'reassigned', to: { parent: 'bde2' } },
    ]);
    if (!parsed.ok) throw new Error('expected a dataset');
    expect(hierarchyAt(parsed.dataset, '1990-05-05').units.get('bn2')?.parent).to.equal('bde2');
  });

  it('turns personnel and equipment into observations at the start and at each state that changes them, in time order', () => {
    const { oob } = fromOrbatMapper(exerciseScenario());
    expect(oob.strength?.map((s) => [s.subject, s.measure, s.date, s.value])).to.deep.equal([
      ['bde1', 'personnel', '1990-05-01', 3000],
      ['bde1', 'x-truck', '1990-05-01', 40],
      // The diff lowers the soldiers on hand; the update (a later state, listed first in the file) sets the trucks on hand.
      ['bde1', 'personnel', '1990-05-03', 2600],
      ['bde1', 'x-truck', '1990-05-05', 25],
      ['ff1', 'personnel', '1990-05-01', 180],
      ['sqn', 'x-fighter', '1990-05-01', 10],
    ]);
    expect(oob.strength?.[2]?.note).to.equal('ORBAT Mapper personnel: Officer 100, Soldier 2500');
    expect(oob.strength?.[5]?.note).to.equal('ORBAT Mapper equipment "Fighter": 10 on hand of 12');
  });

  it('converts events and titled states to events, keeping the units that exist', () => {
    const { oob } = fromOrbatMapper(exerciseScenario());
    expect(oob.events).to.deep.equal([
      { id: 'ev1', type: 'other', date: '1990-05-02', title: 'Exercise begins', description: 'Day one', units: ['bde1', 'ff1'] },
      { id: 'st2', type: 'other', date: '1990-05-05', title: 'Brigade halts', description: 'It waits for fuel.', units: ['bde1'] },
    ]);
  });

  it('reports every field it does not map, with its path, and nothing that is empty', () => {
    const { problems } = fromOrbatMapper(exerciseScenario());
    expect(codes(problems)).to.deep.equal([
      ['/settings', 'not-mapped', 'warning'],
      ['/sides/0/groups/0/subUnits/0/state/1/location', 'not-mapped', 'warning'],
      ['/sides/0/groups/0/subUnits/0/subUnits/1/media', 'not-mapped', 'warning'],
      ['/events/0/uiActions', 'not-mapped', 'warning'],
    ]);
  });

  it('round-trips: the JSON written parses to the same dataset', () => {
    const { oob, parsed } = fromOrbatMapper(exerciseScenario());
    const again = parseOrderOfBattle(JSON.stringify(oob));
    expect(again.ok && parsed.ok).to.equal(true);
    if (again.ok && parsed.ok) expect(again.dataset.source).to.deep.equal(parsed.dataset.source);
  });
});

describe('fromOrbatMapper: problems with their path', () => {
  it('not-a-scenario for anything else, with an empty dataset', () => {
    for (const input of [null, [], { type: 'something' }, { type: 'ORBAT-mapper-encrypted', ciphertext: '' }]) {
      const result = fromOrbatMapper(input);
      expect(codes(result.problems)).to.deep.equal([['', 'not-a-scenario', 'error']]);
      expect(result.ok).to.equal(false);
    }
  });

  it('unsupported-version is a warning; the scenario is still converted', () => {
    const scenario = exerciseScenario();
    scenario.version = '2.8.0';
    const result = fromOrbatMapper(scenario);
    expect(codes(result.problems)[0]).to.deep.equal(['/version', 'unsupported-version', 'warning']);
    expect(result.ok).to.equal(true);
  });

  it('invalid-value: a sidc that is not 20 digits, an unreadable time, a move to a missing unit, an update of equipment the unit lacks', () => {
    const scenario = exerciseScenario();
    const bde1 = at(scenario, 'sides', 0, 'groups', 0, 'subUnits', 0);
    bde1.sidc = 'SFGPUCI----D';
    (bde1.state as Json[]).push({ id: 'x', t: 'yesterday', title: 'Undated' });
    (bde1.state as Json[]).push({ id: 'y', t: '1990-05-07T00:00:00Z', update: { equipment: [{ name: 'Tank', onHand: 3 }] } });
    at(scenario, 'sides', 0, 'groups', 0, 'subUnits', 0, 'subUnits', 0, 'state', 0, 'hierarchy').targetId = 'nowhere';
    at(scenario, 'events', 0).startTime = 'soon';
    const errors = fromOrbatMapper(scenario).problems.filter((p) => p.severity === 'error');
    expect(codes(errors)).to.deep.equal([
      ['/sides/0/groups/0/subUnits/0/sidc', 'invalid-value', 'error'],
      ['/sides/0/groups/0/subUnits/0/state/2', 'invalid-value', 'error'],
      ['/sides/0/groups/0/subUnits/0/state/3/update/equipment/0', 'invalid-value', 'error'],
      ['/sides/0/groups/0/subUnits/0/subUnits/0/state/0/hierarchy', 'invalid-value', 'error'],
      ['/events/0', 'invalid-value', 'error'],
    ]);
  });

  it('invalid-value: without a startTime, the first personnel and equipment have no date', () => {
    const scenario = exerciseScenario();
    delete scenario.startTime;
    const result = fromOrbatMapper(scenario);
    expect(codes(result.problems.filter((p) => p.severity === 'error'))).to.deep.equal([
      ['/sides/0/groups/0/subUnits/0', 'invalid-value', 'error'],
      ['/sides/0/groups/1/subUnits/0', 'invalid-value', 'error'],
      ['/sides/1/groups/0/subUnits/0', 'invalid-value', 'error'],
    ]);
    // Changes dated by their own states are still converted.
    expect(result.oob.strength?.map((s) => [s.subject, s.measure, s.date])).to.deep.equal([
      ['bde1', 'personnel', '1990-05-03'],
      ['bde1', 'x-truck', '1990-05-05'],
    ]);
  });

  it('not-mapped: descriptions of catalogue entries and of held items, and words of untitled states', () => {
    const scenario = exerciseScenario();
    scenario.equipment = [{ name: 'Truck', description: 'A lorry', sidc: '10031500001401000000' }];
    at(scenario, 'sides', 0, 'groups', 0, 'subUnits', 0, 'equipment', 0).description = 'Its trucks';
    at(scenario, 'sides', 0, 'groups', 0, 'subUnits', 0, 'state', 1).description = 'Moving on';
    const warnings = fromOrbatMapper(scenario).problems.filter((p) => p.severity === 'warning');
    expect(codes(warnings).map(([source]) => source)).to.include.members([
      '/equipment/0/description',
      '/equipment/0/sidc',
      '/sides/0/groups/0/subUnits/0/equipment/0/description',
      '/sides/0/groups/0/subUnits/0/state/1/description',
    ]);
  });

  it('a unit that is not an object is reported, with its subordinates', () => {
    const scenario = exerciseScenario();
    (at(scenario, 'sides', 1, 'groups', 0).subUnits as unknown[]).push('a string');
    expect(codes(fromOrbatMapper(scenario).problems.filter((p) => p.severity === 'error'))).to.deep.equal([
      ['/sides/1/groups/0/subUnits/1', 'invalid-value', 'error'],
    ]);
  });

  it('an unknown standard identity gives the side an unknown affiliation, reported', () => {
    const scenario = exerciseScenario();
    at(scenario, 'sides', 1).standardIdentity = '9';
    const result = fromOrbatMapper(scenario);
    expect(codes(result.problems.filter((p) => p.severity === 'error'))).to.deep.equal([
      ['/sides/1/standardIdentity', 'invalid-value', 'error'],
    ]);
    expect(result.oob.sides[1]?.affiliation).to.equal('unknown');
  });
});

describe('scenarioDay', () => {
  it('takes the day as written from ISO times, and the day in the scenario time zone from milliseconds', () => {
    expect(scenarioDay('1982-03-11T22:00:00-04:00', undefined)).to.equal('1982-03-11');
    expect(scenarioDay(Date.UTC(1990, 4, 1, 23, 30), 'Europe/Berlin')).to.equal('1990-05-02');
    expect(scenarioDay(Date.UTC(1990, 4, 1, 23, 30), undefined)).to.equal('1990-05-01');
    expect(scenarioDay('yesterday', undefined)).to.equal(undefined);
    expect(scenarioDay(Number.NaN, undefined)).to.equal(undefined);
    // Found by the property test: a number of milliseconds no Date can hold.
    expect(scenarioDay(-8640000000000001, 'Europe/Berlin')).to.equal(undefined);
  });
});
