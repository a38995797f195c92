import { expect } from '@open-wc/testing';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import { base, loose, okDataset, pairs, problemsOf, type Loose } from './fixtures.js';

type Oob = ReturnType<typeof loose>;

interface Case {
  when: string;
  mutate: (oob: Oob) => void;
  expected: [string, string][];
  message?: RegExp;
}

function table(cases: Case[]): void {
  for (const { when, mutate, expected, message } of cases) {
    const [path, code] = expected[0] ?? ['', ''];
    it(`parseOrderOfBattle reports ${code} at "${path}" when ${when}`, () => {
      const oob = loose(base());
      mutate(oob);
      const result = parseOrderOfBattle(oob);
      expect(pairs(result)).to.deep.equal(expected);
      if (message) expect(problemsOf(result)[0]?.message).to.match(message);
    });
  }
}

const list = (o: Loose, key: string) => o[key] as Loose[];
const at = (o: Loose, key: string, i: number) => list(o, key)[i] as Loose;
const system = (o: Loose, i = 0) => at(o, 'rankSystems', i);
const rank = (o: Loose, i: number) => list(system(o), 'ranks')[i] as Loose;
const change = (o: Oob, u: number, c: number) => list(o.units[u] as Loose, 'changes')[c] as Loose;

describe('parseOrderOfBattle: duplicate ids', () => {
  table([
    {
      when: 'two units share an id',
      mutate: (o) => void o.units.push({ ...o.units[2] }),
      expected: [['/units/4/id', 'duplicate-id']],
      message: /unit id "cav" is already used by the unit at \/units\/2/,
    },
    {
      when: 'two sources share an id',
      mutate: (o) => void list(o, 'sources').push({ id: 'web', title: 'Again' }),
      expected: [['/sources/2/id', 'duplicate-id']],
    },
    {
      when: 'two sides share an id',
      mutate: (o) => void list(o, 'sides').push({ id: 'south', name: 'S', affiliation: 'hostile' }),
      expected: [['/sides/2/id', 'duplicate-id']],
    },
    {
      when: 'two people share an id',
      mutate: (o) => void list(o, 'people').push({ id: 'p1', name: 'Other' }),
      expected: [['/people/1/id', 'duplicate-id']],
    },
    {
      when: 'two roles share an id',
      mutate: (o) => void list(o, 'roles').push({ ...at(o, 'roles', 0) }),
      expected: [['/roles/1/id', 'duplicate-id']],
    },
    {
      when: 'two observations share an id',
      mutate: (o) => void o.strength.push({ ...o.strength[0] }),
      expected: [['/strength/4/id', 'duplicate-id']],
    },
    {
      when: 'two events share an id',
      mutate: (o) => void list(o, 'events').push({ ...at(o, 'events', 0) }),
      expected: [['/events/1/id', 'duplicate-id']],
    },
    {
      when: 'two notes share an id',
      mutate: (o) => void list(o, 'notes').push({ ...at(o, 'notes', 0) }),
      expected: [['/notes/1/id', 'duplicate-id']],
    },
    {
      when: 'two rank systems share an id',
      mutate: (o) => void list(o, 'rankSystems').push({ id: 'ranks', name: 'Other', groups: [], ranks: [] }),
      expected: [['/rankSystems/1/id', 'duplicate-id']],
    },
    {
      when: 'a rank group id is reused in another rank system',
      mutate: (o) =>
        void list(o, 'rankSystems').push({
          id: 'other',
          name: 'Other',
          groups: [{ id: 'generals', name: 'G', category: 'officers' }],
          ranks: [],
        }),
      expected: [['/rankSystems/1/groups/0/id', 'duplicate-id']],
    },
    {
      when: 'a rank id is reused in another rank system',
      mutate: (o) =>
        void list(o, 'rankSystems').push({
          id: 'other',
          name: 'Other',
          groups: [{ id: 'g2', name: 'G', category: 'officers' }],
          ranks: [{ id: 'gen', group: 'g2', name: 'General' }],
        }),
      expected: [['/rankSystems/1/ranks/0/id', 'duplicate-id']],
    },
  ]);

  it('parseOrderOfBattle allows the same id in different collections', () => {
    const oob = loose(base());
    list(oob, 'people').push({ id: 'army', name: 'Someone' });
    okDataset(parseOrderOfBattle(oob));
  });
});

describe('parseOrderOfBattle: dangling references', () => {
  table([
    {
      when: 'a parent is not a unit id',
      mutate: (o) => void ((o.units[1] as Loose).parent = 'nope'),
      expected: [['/units/1/parent', 'dangling-reference']],
      message: /^unit "div1" names parent "nope", which is not a unit id$/,
    },
    {
      when: 'a unit side is not a side id',
      mutate: (o) => void ((o.units[0] as Loose).side = 'west'),
      expected: [['/units/0/side', 'dangling-reference']],
    },
    {
      when: 'a change moves a unit under a missing parent',
      mutate: (o) => void (change(o, 1, 1).to = { parent: 'nope' }),
      expected: [['/units/1/changes/1/to/parent', 'dangling-reference']],
    },
    {
      when: 'a change moves a unit to a missing side',
      mutate: (o) => void (change(o, 1, 1).to = { side: 'nope' }),
      expected: [['/units/1/changes/1/to/side', 'dangling-reference']],
    },
    {
      when: 'a role names a missing person',
      mutate: (o) => void (at(o, 'roles', 0).person = 'nope'),
      expected: [['/roles/0/person', 'dangling-reference']],
    },
    {
      when: 'a role names a missing unit',
      mutate: (o) => void (at(o, 'roles', 0).unit = 'nope'),
      expected: [['/roles/0/unit', 'dangling-reference']],
    },
    {
      when: 'a role names a missing side',
      mutate: (o) => void (at(o, 'roles', 0).side = 'nope'),
      expected: [['/roles/0/side', 'dangling-reference']],
    },
    {
      when: 'a role names a missing rank',
      mutate: (o) => void (at(o, 'roles', 0).rank = 'nope'),
      expected: [['/roles/0/rank', 'dangling-reference']],
    },
    {
      when: 'an observation subject is neither a unit nor a side',
      mutate: (o) => void (o.strength[0]!.subject = 'nope'),
      expected: [['/strength/0/subject', 'dangling-reference']],
      message: /which is not a unit id or a side id/,
    },
    {
      when: 'an observation side is missing',
      mutate: (o) => void (o.strength[3]!.side = 'nope'),
      expected: [['/strength/3/side', 'dangling-reference']],
    },
    {
      when: 'an observation disputes a missing observation',
      mutate: (o) => void (o.strength[1]!.disputes = ['o1', 'nope']),
      expected: [['/strength/1/disputes/1', 'dangling-reference']],
    },
    {
      when: 'an event names a missing unit',
      mutate: (o) => void (at(o, 'events', 0).units = ['army', 'nope']),
      expected: [['/events/0/units/1', 'dangling-reference']],
    },
    {
      when: 'an event names a missing side',
      mutate: (o) => void (at(o, 'events', 0).sides = ['nope']),
      expected: [['/events/0/sides/0', 'dangling-reference']],
    },
    {
      when: 'an event names a missing person',
      mutate: (o) => void (at(o, 'events', 0).people = ['nope']),
      expected: [['/events/0/people/0', 'dangling-reference']],
    },
    {
      when: 'a rank names a missing group',
      mutate: (o) => void (rank(o, 0).group = 'nope'),
      expected: [['/rankSystems/0/ranks/0/group', 'dangling-reference']],
      message: /not a group of rank system "ranks"/,
    },
    {
      when: 'a rank names a group of another rank system',
      mutate: (o) => {
        list(o, 'rankSystems').push({ id: 'other', name: 'Other', groups: [{ id: 'g2', name: 'G', category: 'officers' }], ranks: [] });
        rank(o, 0).group = 'g2';
      },
      expected: [['/rankSystems/0/ranks/0/group', 'dangling-reference']],
    },
    {
      when: 'a rank system names a missing side',
      mutate: (o) => void (system(o).side = 'nope'),
      expected: [['/rankSystems/0/side', 'dangling-reference']],
    },
    {
      when: 'meta.perspective is not a side id',
      mutate: (o) => void ((o.meta as Loose).perspective = 'nope'),
      expected: [['/meta/perspective', 'dangling-reference']],
    },
    {
      when: 'a unit cites a missing source',
      mutate: (o) => void ((o.units[0] as Loose).citations = [{ source: 'nope' }]),
      expected: [['/units/0/citations/0/source', 'dangling-reference']],
      message: /unit "army" names source "nope", which is not a source id/,
    },
    {
      when: 'a change cites a missing source',
      mutate: (o) => void (change(o, 1, 0).citations = [{ source: 'nope' }]),
      expected: [['/units/1/changes/0/citations/0/source', 'dangling-reference']],
    },
    {
      when: 'a side cites a missing source',
      mutate: (o) => void (at(o, 'sides', 1).citations = [{ source: 'nope' }]),
      expected: [['/sides/1/citations/0/source', 'dangling-reference']],
    },
    {
      when: 'a person cites a missing source',
      mutate: (o) => void (at(o, 'people', 0).citations = [{ source: 'nope' }]),
      expected: [['/people/0/citations/0/source', 'dangling-reference']],
    },
    {
      when: 'a role cites a missing source',
      mutate: (o) => void (at(o, 'roles', 0).citations = [{ source: 'nope' }]),
      expected: [['/roles/0/citations/0/source', 'dangling-reference']],
    },
    {
      when: 'an observation cites a missing source',
      mutate: (o) => void (o.strength[0]!.citations = [{ source: 'nope' }]),
      expected: [['/strength/0/citations/0/source', 'dangling-reference']],
    },
    {
      when: 'an event cites a missing source',
      mutate: (o) => void (at(o, 'events', 0).citations = [{ source: 'nope' }]),
      expected: [['/events/0/citations/0/source', 'dangling-reference']],
    },
    {
      when: 'a rank group cites a missing source',
      mutate: (o) => void ((list(system(o), 'groups')[0] as Loose).citations = [{ source: 'nope' }]),
      expected: [['/rankSystems/0/groups/0/citations/0/source', 'dangling-reference']],
    },
    {
      when: 'a rank cites a missing source',
      mutate: (o) => void (rank(o, 1).citations = [{ source: 'nope' }]),
      expected: [['/rankSystems/0/ranks/1/citations/0/source', 'dangling-reference']],
    },
    {
      when: 'a rank system cites a missing source',
      mutate: (o) => void (system(o).citations = [{ source: 'nope' }]),
      expected: [['/rankSystems/0/citations/0/source', 'dangling-reference']],
    },
    {
      when: 'an insignia cites a missing source',
      mutate: (o) => void ((rank(o, 0).insignia as Loose).citations = [{ source: 'nope' }]),
      expected: [['/rankSystems/0/ranks/0/insignia/citations/0/source', 'dangling-reference']],
    },
    {
      when: 'a note cites a missing source',
      mutate: (o) => void (at(o, 'notes', 0).citations = [{ source: 'nope' }]),
      expected: [['/notes/0/citations/0/source', 'dangling-reference']],
    },
    {
      when: 'a note is about a missing part',
      mutate: (o) => void (at(o, 'notes', 0).about = ['/strength/0', '/strength/9']),
      expected: [['/notes/0/about/1', 'dangling-reference']],
    },
    {
      when: 'a note is about a malformed pointer',
      mutate: (o) => void (at(o, 'notes', 0).about = ['strength/0']),
      expected: [['/notes/0/about/0', 'dangling-reference']],
    },
  ]);

  it('parseOrderOfBattle accepts a note about an escaped pointer', () => {
    const oob = loose(base());
    (oob.units[0] as Loose)['x-a/b'] = 1;
    at(oob, 'notes', 0).about = ['/units/0/x-a~1b', '/meta'];
    okDataset(parseOrderOfBattle(oob));
  });

  it('parseOrderOfBattle does not repeat dangling references to a collection that is itself wrong', () => {
    const oob = loose(base());
    delete oob.sources;
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([['/sources', 'missing-field']]);
  });
});

describe('parseOrderOfBattle: hierarchy', () => {
  table([
    {
      when: 'two units name each other as parent',
      mutate: (o) => void ((o.units[0] as Loose).parent = 'div1'),
      expected: [['/units/0/parent', 'cycle']],
      message: /cycle in the hierarchy: "army" -> "div1" -> "army"/,
    },
    {
      when: 'a unit is its own parent',
      mutate: (o) => void ((o.units[2] as Loose).parent = 'cav'),
      expected: [['/units/2/parent', 'cycle']],
      message: /"cav" -> "cav"/,
    },
    {
      when: 'a three-unit cycle hangs below nothing',
      mutate: (o) => {
        o.units.push(
          { id: 'a', parent: 'c', name: 'A', echelon: 'company' },
          { id: 'b', parent: 'a', name: 'B', echelon: 'company' },
          { id: 'c', parent: 'b', name: 'C', echelon: 'company' },
        );
      },
      expected: [['/units/4/parent', 'cycle']],
      message: /"a" -> "c" -> "b" -> "a"/,
    },
    {
      when: 'a change moves a unit under its own subordinate',
      mutate: (o) => void ((o.units[0] as Loose).changes = [{ date: '1948', type: 'reassigned', to: { parent: 'cav' } }]),
      expected: [['/units/0/changes/0/to/parent', 'cycle']],
      message: /unit "army" moves under "cav" on 1948/,
    },
    {
      when: 'two changes on one date close a cycle together',
      mutate: (o) => {
        (o.units[0] as Loose).changes = [{ date: '1948-01', type: 'reassigned', to: { parent: 'south-hq' } }];
        (o.units[3] as Loose).changes = [{ date: '1948-01', type: 'reassigned', to: { parent: 'cav' } }];
      },
      expected: [['/units/0/changes/0/to/parent', 'cycle']],
    },
    {
      when: 'a side has two top-level units',
      mutate: (o) => {
        delete (o.units[2] as Loose).parent;
        (o.units[2] as Loose).side = 'north';
      },
      expected: [['/units/2', 'multiple-roots']],
      message: /unit "cav" is a second top-level unit of side "north" \(the first is "army"\)/,
    },
    {
      when: 'two top-level units have no side',
      mutate: (o) => {
        delete (o.units[0] as Loose).side;
        (o.units[2] as Loose).parent = null;
        delete (o.sides as Loose[])[0];
        o.sides = [(o.sides as Loose[])[1]];
        delete (o.meta as Loose).perspective;
        delete at(o, 'roles', 0).side;
        delete o.strength[3];
        o.strength.length = 3;
        at(o, 'events', 0).sides = [];
        delete system(o).side;
      },
      expected: [['/units/2', 'multiple-roots']],
      message: /has no parent and no side, like unit "army"/,
    },
    {
      when: 'every unit names a parent',
      mutate: (o) => {
        (o.units[0] as Loose).parent = 'south-hq';
        (o.units[3] as Loose).parent = 'div1';
      },
      expected: [
        ['/units/0/parent', 'cycle'],
        ['/units', 'no-root'],
      ],
    },
  ]);

  it('parseOrderOfBattle allows a change that moves a unit where no cycle forms', () => {
    const oob = loose(base());
    (oob.units[2] as Loose).changes = [{ date: '1946', type: 'reassigned', to: { parent: 'div1' } }];
    okDataset(parseOrderOfBattle(oob));
  });

  it('parseOrderOfBattle allows a move that is undone before the reverse move', () => {
    const oob = loose(base());
    // div1 leaves the army in 1947; the army may then go under div1 in 1948.
    (oob.units[1] as Loose).changes = [{ date: '1947', type: 'reassigned', to: { parent: 'south-hq' } }];
    (oob.units[0] as Loose).changes = [{ date: '1948', type: 'reassigned', to: { parent: 'div1' } }];
    okDataset(parseOrderOfBattle(oob));
  });

  it('parseOrderOfBattle reports a cycle of duplicate-free units once, not per member', () => {
    const oob = loose(base());
    for (let i = 0; i < 50; i += 1) oob.units.push({ id: `k${i}`, parent: `k${(i + 1) % 50}`, name: 'K', echelon: 'company' });
    expect(pairs(parseOrderOfBattle(oob))).to.deep.equal([['/units/4/parent', 'cycle']]);
  });
});
