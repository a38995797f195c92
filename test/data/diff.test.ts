import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { mustParseDate } from '../../src/data/dates.js';
import { DIFF_CSV_HEADER, describeChange, diffCsvRow, diffCsvRows } from '../../src/data/diff-describe.js';
import { diffHierarchies } from '../../src/data/diff.js';
import type { DiffChange, HierarchyDiff } from '../../src/data/diff.js';
import { generateOrderOfBattle, mulberry32 } from '../../src/data/generate.js';
import { hierarchyAt, unitAt } from '../../src/data/hierarchy-at.js';
import type { UnitAt } from '../../src/data/hierarchy-at.js';
import type { Dataset, Echelon, OrderOfBattle, Unit, UnitChange, UnitState } from '../../src/data/types.js';
import { load } from '../fixtures/load.js';
import { tinyOob } from '../fixtures/tiny-oob.js';

const ina = load();

const quotes = (change: DiffChange | undefined) => (change?.citations ?? []).map((c) => c.citation.quote ?? c.source.id);
const changeOf = (diff: HierarchyDiff, unit: string) => diff.changes.filter((c) => c.unitId === unit);

describe('diffHierarchies on the built-in dataset, April 1945 to December 1949', () => {
  const diff = diffHierarchies(ina, '1945-04', '1949-12');

  it('lists every dated unit change the dataset models in that span, once each, in outline order', () => {
    const modelled = ina.source.units.flatMap((u) => u.changes ?? []);
    expect(modelled).to.have.length(5);
    expect(diff.changes.map((c) => c.fact)).to.have.members(modelled);
    expect(diff.changes.map((c) => c.unitId)).to.deep.equal([
      'ina',
      'sibo-battalion',
      'mongol-battalion',
      'osman-batur-irregulars',
      'kazakh-cavalry-regiment',
    ]);
  });

  it('shows the Sibo and Mongol upgrades with the uncertain date the dataset gives them, and their citations', () => {
    for (const id of ['sibo-battalion', 'mongol-battalion']) {
      const node = diff.nodes.get(id);
      expect(node?.status).to.equal('upgraded');
      expect([node?.before?.echelon, node?.after?.echelon]).to.deep.equal(['battalion', 'regiment']);
      const [change] = changeOf(diff, id);
      expect(change?.kinds).to.deep.equal(['upgraded']);
      expect(change?.date.text).to.equal('1945-04-08/1949-12-22');
      expect(change?.date.interval).to.equal(true);
      // "Later": the span starts before April 1945 ends, so the upgrade may predate the earlier date.
      expect(change?.overlaps).to.deep.equal({ from: true, to: false });
      expect(quotes(change)).to.deep.equal([
        'The last two subdivisions were later reformed to regiments.',
        'Later, Sibo and Mongol battalions were upgraded to regiments.',
      ]);
    }
    const sibo = changeOf(diff, 'sibo-battalion')[0] as DiffChange;
    expect(describeChange(sibo)).to.equal(
      'Sibo Battalion: upgraded from battalion to regiment, 8 Apr 1945–22 Dec 1949 (may be before the earlier date)',
    );
  });

  it('describeChange words every phrase, echelon and tail through the phrase lookup it is given (a translated summary)', () => {
    const german: Record<string, string> = {
      'describe.sentence': '{unit} – {what} ({date})',
      'describe.upgradedFrom': 'aufgewertet von {from} zu {to}',
      'echelon.battalion': 'Bataillon',
      'echelon.regiment': 'Regiment',
      'describe.mayBeBefore': '(vielleicht vor dem früheren Datum)',
      'describe.defectedTo': 'übergelaufen zu {target}',
      'describe.incorporatedAs': 'eingegliedert in {target} als {name}',
      'describe.downgradedFrom': 'abgestuft von {from} zu {to}',
      'echelon.army': 'Armee',
      'echelon.corps': 'Korps',
    };
    const used = new Set<string>();
    const phrase = (key: string, english: string, values: Readonly<Record<string, string | number>> = {}) => {
      used.add(key);
      return (german[key] ?? english).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
    };
    const describe = (id: string) => describeChange(changeOf(diff, id)[0] as DiffChange, 'en', phrase);
    expect(describe('sibo-battalion')).to.equal(
      'Sibo Battalion – aufgewertet von Bataillon zu Regiment (8 Apr 1945–22 Dec 1949) (vielleicht vor dem früheren Datum)',
    );
    expect(describe('kazakh-cavalry-regiment')).to.equal(
      'Kazakh Cavalry Regiment – übergelaufen zu Kazakh irregulars under Osman Batur (1947)',
    );
    expect(describe('ina')).to.equal(
      "East Turkistan National Army – eingegliedert in People's Liberation Army als Xinjiang 5th Army Corps, abgestuft von Armee zu Korps (22 Dec 1949)",
    );
    expect([...used].filter((key) => !(key in german))).to.deep.equal([]);
  });

  it("shows the Kazakh cavalry's 1947 defection to Osman Batur as a defection and a move, with both parents", () => {
    const node = diff.nodes.get('kazakh-cavalry-regiment');
    expect(node?.status).to.equal('defected');
    expect(node?.kinds).to.deep.equal(['defected', 'moved']);
    expect([node?.oldParent, node?.parent]).to.deep.equal(['ina', 'osman-batur-irregulars']);
    expect([node?.before?.side, node?.after?.side]).to.deep.equal(['etr', 'kmt']);
    const [change] = changeOf(diff, 'kazakh-cavalry-regiment');
    expect(change?.type).to.equal('defected');
    expect(change?.date.text).to.equal('1947');
    expect(change?.overlaps).to.deep.equal({ from: false, to: false });
    expect(quotes(change)).to.deep.equal([
      'When Kazakh irregulars under Osman Batur defected to the Kuomintang in 1947, the Kazakh cavalry regiment of National Army also defected to Osman Batur.',
    ]);
    expect(describeChange(change as DiffChange)).to.equal('Kazakh Cavalry Regiment: defected to Kazakh irregulars under Osman Batur, 1947');
    expect(diffCsvRow(change as DiffChange)).to.deep.equal([
      'Kazakh Cavalry Regiment',
      'defected',
      'under East Turkistan National Army',
      'under Kazakh irregulars under Osman Batur',
      '1947',
      'Ili National Army, body',
    ]);
  });

  it("shows the army's incorporation into the PLA on 22 December 1949 with the article and reference [5]", () => {
    const [change] = changeOf(diff, 'ina');
    expect(change?.type).to.equal('incorporated');
    expect(change?.date.text).to.equal('1949-12-22');
    expect(change?.after).to.deep.equal({
      name: 'Xinjiang 5th Army Corps',
      echelon: 'corps',
      side: { id: 'pla', name: "People's Liberation Army" },
    });
    expect(change?.citations.map((c) => c.source.id)).to.deep.equal(['article', 'article', 'ref-5']);
    expect(change?.citationLabel).to.equal('Ili National Army [5]');
    expect(describeChange(change as DiffChange)).to.equal(
      "East Turkistan National Army: incorporated into People's Liberation Army as Xinjiang 5th Army Corps, downgraded from army to corps, 22 Dec 1949",
    );
  });

  it('does not mark the regiments that followed the army into the PLA as defected', () => {
    const suidun = diff.nodes.get('suidun-infantry-regiment');
    expect([suidun?.before?.side, suidun?.after?.side]).to.deep.equal(['etr', 'pla']);
    expect(suidun?.status).to.equal('unchanged');
    expect(diff.counts).to.include({ unchanged: 7, upgraded: 2, defected: 3, moved: 0, added: 0, removed: 0 });
  });

  it('draws the union of both trees in outline order, the moved regiment under its new parent', () => {
    expect(diff.outline.map((n) => `${'-'.repeat(n.depth)}${n.unit.id}`)).to.deep.equal([
      'ina',
      '-suidun-infantry-regiment',
      '-ghulja-regiment',
      '-kensai-regiment',
      '-ghulja-reserve-regiment',
      '-dungan-regiment',
      '-artillery',
      '-sibo-battalion',
      '-mongol-battalion',
      '-aviation',
      'osman-batur-irregulars',
      '-kazakh-cavalry-regiment',
    ]);
    expect(diff.roots.map((n) => n.unit.id)).to.deep.equal(['ina', 'osman-batur-irregulars']);
    expect(diff.roots.map((n) => n.changedBelow)).to.deep.equal([2, 1]);
    expect(diff.nodes.get('sibo-battalion')?.changedBelow).to.equal(0);
    expect(diff.nodes.get('ina')?.unit.name).to.equal('Xinjiang 5th Army Corps');
  });

  it('exports the changes as CSV rows under the header unit, change, from, to, date, source', () => {
    const rows = diffCsvRows(diff);
    expect(rows[0]).to.deep.equal([...DIFF_CSV_HEADER]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4]])).to.deep.equal([
      ['East Turkistan National Army', 'incorporated', '1949-12-22'],
      ['Sibo Battalion', 'upgraded', '1945-04-08/1949-12-22'],
      ['Mongol Battalion', 'upgraded', '1945-04-08/1949-12-22'],
      ['Kazakh irregulars under Osman Batur', 'defected', '1947'],
      ['Kazakh Cavalry Regiment', 'defected', '1947'],
    ]);
    expect(rows[1]?.[5]).to.equal(
      "Ili National Army, lead; Ili National Army, body; [5] Parade Incorporating the East Turkistan National Army into the PLA's 5th Army Corps",
    );
  });

  it('prints what docs/compare.md says it prints', async () => {
    const markdown = await (await fetch(new URL('../../docs/compare.md', import.meta.url))).text();
    const block = /prints, for the built-in dataset:\n\n```\n([\s\S]*?)\n```/.exec(markdown)?.[1];
    expect(block?.split('\n')).to.deep.equal(diff.changes.map((c) => `${describeChange(c)} (${c.citationLabel})`));
  });

  it('gives the same diff for dates, for trees hierarchyAt built, and for the dates in either order', () => {
    const words = (d: HierarchyDiff) => [d.outline.map((n) => `${n.unit.id}:${n.status}`), d.changes.map((c) => describeChange(c))];
    const reused = diffHierarchies(ina, hierarchyAt(ina, '1945-04'), hierarchyAt(ina, '1949-12'));
    const reversed = diffHierarchies(ina, '1949-12', '1945-04');
    expect(words(reused)).to.deep.equal(words(diff));
    expect(words(reversed)).to.deep.equal(words(diff));
    expect([diff.swapped, reversed.swapped]).to.deep.equal([false, true]);
    expect(reversed.from).to.equal(diff.from);
  });

  it('sees the 1947 defections and the undated upgrades in 1947, and the incorporation on its day', () => {
    // The upgrades are dated only "later" (1945 to 1949), so every window inside that span may hold them.
    expect(diffHierarchies(ina, '1946', '1947').changes.map((c) => [c.unitId, c.overlaps.from, c.overlaps.to])).to.deep.equal([
      ['sibo-battalion', true, true],
      ['mongol-battalion', true, true],
      ['osman-batur-irregulars', false, false],
      ['kazakh-cavalry-regiment', false, false],
    ]);
    const late = diffHierarchies(ina, '1948', '1949-12-22');
    expect(late.changes.map((c) => [c.unitId, c.overlaps.from])).to.deep.equal([
      ['ina', false],
      ['sibo-battalion', true],
      ['mongol-battalion', true],
    ]);
  });
});

describe('diffHierarchies on edge cases', () => {
  it('finds nothing between a date and itself', () => {
    const same = diffHierarchies(ina, '1947-06', '1947-06');
    expect(same.changes).to.deep.equal([]);
    expect(same.outline.every((n) => n.status === 'unchanged' && n.kinds.length === 0)).to.equal(true);
    const active = [...hierarchyAt(ina, '1947-06').units.values()].filter((u) => u.status === 'active');
    expect([same.counts.unchanged, same.outline.length]).to.deep.equal([active.length, active.length]);
  });

  it('returns an empty diff for a dataset without units', () => {
    const empty = load({ ...tinyOob(), units: [], roles: [], strength: [], events: [] });
    const diff = diffHierarchies(empty, '1900', '1950');
    expect([diff.roots, diff.outline, diff.changes, [...diff.nodes.keys()]]).to.deep.equal([[], [], [], []]);
  });

  const oob = tinyOob();
  oob.units.push(
    // Exists at neither date: formed and dissolved in between.
    {
      id: 'brief',
      parent: 'corps',
      name: 'Brief Battalion',
      echelon: 'battalion',
      formed: '1901-02',
      dissolved: '1901-09',
      citations: [{ source: 's1' }],
    },
    // Exists at neither date and changes nothing in between: formed after both.
    { id: 'future', parent: 'corps', name: 'Future Battalion', echelon: 'battalion', formed: '1950' },
  );
  const tiny = load(oob);

  it('keeps a unit formed and dissolved between the dates as added and removed, and leaves out one formed after both', () => {
    const diff = diffHierarchies(tiny, '1900-12', '1902-12');
    const brief = diff.nodes.get('brief');
    expect([brief?.status, brief?.kinds]).to.deep.equal(['removed', ['removed', 'added']]);
    expect([brief?.before, brief?.after]).to.deep.equal([undefined, undefined]);
    expect(brief?.parent).to.equal('corps');
    expect(changeOf(diff, 'brief').map((c) => [c.type, c.date.text, c.citationLabel])).to.deep.equal([
      ['formed', '1901-02', '[1]'],
      ['dissolved', '1901-09', '[1]'],
    ]);
    expect(changeOf(diff, 'brief').map((c) => describeChange(c))).to.deep.equal([
      'Brief Battalion: formed under I Corps, Feb 1901',
      'Brief Battalion: dissolved, Sep 1901',
    ]);
    expect(diff.nodes.has('future')).to.equal(false);
    expect(diff.nodes.has('no-such-unit')).to.equal(false);
  });

  it('classifies the tiny corps: a late unit added, a battalion removed, a brigade moved, a division redesignated', () => {
    const diff = diffHierarchies(tiny, '1900-12', '1903-12');
    const status = Object.fromEntries(diff.outline.map((n) => [n.unit.id, n.status]));
    expect(status).to.deep.equal({
      corps: 'unchanged',
      div1: 'unchanged',
      bn: 'removed',
      div2: 'redesignated',
      bde: 'moved',
      brief: 'removed',
      late: 'added',
      'red-army': 'unchanged',
    });
    expect([diff.nodes.get('bde')?.oldParent, diff.nodes.get('bde')?.parent]).to.deep.equal(['div1', 'div2']);
    expect(diff.nodes.get('bn')?.unit.name).to.equal('Old Battalion');
    expect(diff.changes.map((c) => describeChange(c))).to.include.members([
      '2nd Division: redesignated 2nd Guards Division, 15 Mar 1902',
      // Named as they were in 1901: the 2nd Division became the 2nd Guards Division only in 1902.
      '1st Brigade: moved from 1st Division to 2nd Division, 1901',
    ]);
  });

  it('draws a unit whose parent was dissolved as a root, moved from its old parent', () => {
    const o = tinyOob();
    o.units.push({ id: 'coy', parent: 'bn', name: 'A Company', echelon: 'company' });
    const diff = diffHierarchies(load(o), '1901-01', '1901-12');
    const coy = diff.nodes.get('coy');
    expect([coy?.status, coy?.parent, coy?.oldParent, coy?.depth]).to.deep.equal(['moved', null, 'bn', 0]);
    expect(diff.nodes.get('bn')?.status).to.equal('removed');
  });

  it('words custom change types and changes without new values', () => {
    const o = tinyOob();
    (o.units[1] as Unit).changes = [
      { date: '1901-03', type: 'x-merged-with-reserve', citationNeeded: true },
      { date: '1901-04', type: 'reorganized', to: { arm: 'motorized-infantry', echelon: 'x-battle-group' } },
    ];
    const diff = diffHierarchies(load(o), '1900', '1902');
    const [merged, reorganized] = changeOf(diff, 'div1');
    expect(merged?.kinds).to.deep.equal(['other']);
    expect(describeChange(merged as DiffChange)).to.equal('1st Division: merged with reserve, Mar 1901');
    expect(diffCsvRow(merged as DiffChange)[5]).to.equal('citation needed');
    // An echelon outside the size order is neither an upgrade nor a downgrade.
    expect(reorganized?.kinds).to.deep.equal(['other']);
    expect(describeChange(reorganized as DiffChange)).to.equal(
      '1st Division: reorganized, echelon changed from division to battle group, arm changed from infantry to motorized infantry, Apr 1901',
    );
    expect(diff.nodes.get('div1')?.status).to.equal('other');
  });

  it('words side changes by the type the dataset gives them', () => {
    const o = tinyOob();
    (o.units[1] as Unit).changes = [{ date: '1901-03', type: 'x-handed-over', to: { side: 'red' } }];
    (o.units[2] as Unit).changes = [{ date: '1901-05~', type: 'defected', note: 'The source gives no destination.' }];
    (o.units[5] as Unit).changes = [{ date: '1903-06', type: 'incorporated', to: { parent: 'red-army', name: 'Red Regiment' } }];
    const diff = diffHierarchies(load(o), '1900-12', '1903-12');
    const words = (id: string) => changeOf(diff, id).map((c) => describeChange(c));
    expect(words('div1')).to.deep.equal(['1st Division: handed over, changed side to Red, Mar 1901']);
    expect(words('div2')).to.deep.equal(['2nd Division: defected, c. May 1901']);
    expect(changeOf(diff, 'div2')[0]?.note).to.equal('The source gives no destination.');
    expect(words('late')).to.deep.equal([
      'Late Regiment: formed under I Corps, 1903',
      'Late Regiment: incorporated into Red Army as Red Regiment, Jun 1903',
    ]);
    // Node kinds compare the two dates: div1 is on another side, the late regiment came and moved.
    expect(diff.nodes.get('div1')?.kinds).to.deep.equal(['defected']);
    expect(diff.nodes.get('bn')?.kinds).to.deep.equal(['removed']);
    // Added units have no earlier state to compare with: their changes are listed, the node is only added.
    expect(diff.nodes.get('late')?.kinds).to.deep.equal(['added']);
    expect(changeOf(diff, 'late')[1]?.kinds).to.deep.equal(['moved', 'redesignated']);
  });

  it('keeps every unit of malformed trees whose parents form a loop, making one of them a root', () => {
    const at = (date: string) => {
      const asOf = mustParseDate(date).end;
      return { asOf, units: new Map(tiny.source.units.map((u) => [u.id, unitAt(tiny, u, asOf)])) };
    };
    const later = at('1902-12');
    // Trees passed in are trusted, not validated: a loop must not drop units or hang the walk.
    (later.units.get('div2') as UnitAt).parent = 'bde';
    const diff = diffHierarchies(tiny, at('1900-12'), later);
    expect(diff.outline.map((n) => n.unit.id).sort()).to.deep.equal([...diff.nodes.keys()].sort());
    expect(diff.outline.map((n) => n.unit.id).sort()).to.deep.equal(['bde', 'bn', 'brief', 'corps', 'div1', 'div2', 'red-army']);
    const loop = diff.roots.find((n) => n.unit.id === 'div2' || n.unit.id === 'bde');
    expect(loop?.parent).to.equal(null);
    expect(loop?.children.map((c) => c.unit.id)).to.deep.equal([loop?.unit.id === 'div2' ? 'bde' : 'div2']);
  });

  it('walks a 60,000-level chain without recursion', () => {
    const depth = 60_000;
    const units: Unit[] = Array.from({ length: depth }, (_, i) => ({
      id: `u${i}`,
      name: `Unit ${i}`,
      echelon: 'company',
      ...(i === 0 ? { side: 'blue' } : { parent: `u${i - 1}` }),
      ...(i === depth - 1 ? { formed: '1901' } : {}),
    }));
    const deep = load({ ...tinyOob(), units, roles: [], strength: [], events: [] });
    // hierarchyAt's own tree build recurses, so the two dates are given as the unit maps the diff reads.
    const at = (date: string) => {
      const asOf = mustParseDate(date).end;
      return { asOf, units: new Map(deep.source.units.map((u) => [u.id, unitAt(deep, u, asOf)])) };
    };
    const diff = diffHierarchies(deep, at('1900'), at('1902'));
    expect(diff.outline).to.have.length(depth);
    expect(diff.outline[depth - 1]?.depth).to.equal(depth - 1);
    expect(diff.changes.map((c) => [c.unitId, c.type])).to.deep.equal([[`u${depth - 1}`, 'formed']]);
  });
});

/** Every dated fact a diff must list, computed from the raw dates: `unit#formed`, `unit#dissolved`, `unit#<change index>`. */
function expectedFacts(dataset: Dataset, fromDate: string, toDate: string): string[] {
  const a = mustParseDate(fromDate).end;
  const b = mustParseDate(toDate).end;
  const out: string[] = [];
  if (a === b) return out;
  for (const unit of dataset.source.units) {
    const formed = unit.formed === undefined ? undefined : mustParseDate(unit.formed).start;
    const dissolved = unit.dissolved === undefined ? undefined : mustParseDate(unit.dissolved).start;
    const activeAt = (t: number) => (formed === undefined || t >= formed) && (dissolved === undefined || t < dissolved);
    const formedIn = formed !== undefined && a < formed && formed <= b;
    const dissolvedIn = dissolved !== undefined && a < dissolved && dissolved <= b;
    if (!activeAt(a) && !activeAt(b) && !formedIn && !dissolvedIn) continue;
    if (formedIn) out.push(`${unit.id}#formed`);
    (unit.changes ?? []).forEach((change, i) => {
      const date = mustParseDate(change.date);
      if (date.end > a && date.start <= b) out.push(`${unit.id}#${i}`);
    });
    if (dissolvedIn) out.push(`${unit.id}#dissolved`);
  }
  return out;
}

function factKey(dataset: Dataset, change: DiffChange): string {
  if (change.type === 'formed' || change.type === 'dissolved') return `${change.unitId}#${change.type}`;
  const unit = dataset.unitsById.get(change.unitId);
  return `${change.unitId}#${(unit?.changes ?? []).indexOf(change.fact as never)}`;
}

/** A generated army with extra random changes: defections to the other side and custom-typed changes. */
function generatedWithDefections(seed: number): OrderOfBattle {
  const oob = generateOrderOfBattle({ units: 400, seed });
  const random = mulberry32(seed * 7919);
  for (const unit of oob.units) {
    if (unit.parent === undefined || unit.dissolved !== undefined) continue;
    const roll = random();
    // The generator's own changes end by mid-1945, so these come after them, in date order.
    if (roll < 0.06) (unit.changes ??= []).push({ date: '1945-10', type: 'defected', to: { side: 'red' }, citations: [{ source: 's2' }] });
    else if (roll < 0.1) (unit.changes ??= []).push({ date: '1945-11~', type: 'x-merged' });
  }
  return oob;
}

describe('diffHierarchies on generated data with random changes', () => {
  for (const seed of [1, 2, 3]) {
    const dataset = load(generatedWithDefections(seed));
    const random = mulberry32(seed);
    const day = () => new Date(Date.UTC(1940, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
    const pairs: [string, string][] = [
      ['1939', '1946'],
      [day(), day()],
      [day(), day()],
      [day(), '1945-12'],
    ];

    for (const [from, to] of pairs) {
      it(`seed ${seed}, ${from} to ${to}: every change in the data appears exactly once`, () => {
        const diff = diffHierarchies(dataset, from, to);
        const [early, late] = mustParseDate(from).end <= mustParseDate(to).end ? [from, to] : [to, from];
        const expected = expectedFacts(dataset, early, late).sort();
        const got = diff.changes.map((c) => factKey(dataset, c)).sort();
        expect(got).to.deep.equal(expected);
        expect(new Set(got).size).to.equal(got.length);
        if (from === '1939') expect(expected.length).to.be.greaterThan(400);
      });
    }

    it(`seed ${seed}: kinds follow the data, and the outline is a preorder of the union of both trees`, () => {
      const diff = diffHierarchies(dataset, '1939', '1946');
      const kinds = new Map<string, Set<string>>();
      for (const change of diff.changes) {
        const seen = kinds.get(change.type) ?? new Set<string>();
        for (const k of change.kinds) seen.add(k);
        kinds.set(change.type, seen);
      }
      expect([...(kinds.get('reassigned') ?? [])]).to.deep.equal(['moved']);
      expect(kinds.get('upgraded')).to.include('upgraded');
      expect([...(kinds.get('defected') ?? [])]).to.deep.equal(['defected']);
      expect([...(kinds.get('x-merged') ?? [])]).to.deep.equal(['other']);
      expect(diff.changes.filter((c) => c.type === 'defected').every((c) => c.after.side?.name === 'Red Force')).to.equal(true);
      const merged = diff.changes.filter((c) => c.type === 'x-merged');
      expect(merged.every((c) => c.date.approximate && describeChange(c).includes('c. Nov 1945'))).to.equal(true);

      const index = new Map(diff.outline.map((n, i) => [n.unit.id, i]));
      expect(index.size).to.equal(dataset.source.units.length);
      for (const node of diff.outline) {
        if (node.parent === null) {
          expect(node.depth).to.equal(0);
          continue;
        }
        const parent = diff.nodes.get(node.parent);
        expect(index.get(node.parent) ?? Infinity).to.be.lessThan(index.get(node.unit.id) ?? -1);
        expect(node.depth).to.equal((parent?.depth ?? -2) + 1);
        expect(parent?.children).to.include(node);
      }
      for (const node of diff.outline) {
        const changedChildren = node.children.reduce((sum, c) => sum + c.changedBelow + (c.status === 'unchanged' ? 0 : 1), 0);
        expect(node.changedBelow).to.equal(changedChildren);
      }
      // In a generated army from 1939 every unit is added; those that moved carry both changes.
      expect(diff.counts.added + diff.counts.removed).to.equal(dataset.source.units.length);
    });

    it(`seed ${seed}: the nodes active at both dates match hierarchyAt at each date`, () => {
      const a = hierarchyAt(dataset, '1940-09');
      const b = hierarchyAt(dataset, '1945-12');
      const diff = diffHierarchies(dataset, a, b);
      let moved = 0;
      let defected = 0;
      for (const node of diff.outline) {
        const before = a.units.get(node.unit.id);
        const after = b.units.get(node.unit.id);
        expect(node.before === undefined).to.equal(before?.status !== 'active');
        expect(node.after === undefined).to.equal(after?.status !== 'active');
        if (!node.before || !node.after) continue;
        expect(node.kinds.includes('redesignated')).to.equal(node.before.name !== node.after.name);
        expect(node.kinds.includes('moved')).to.equal(node.oldParent !== undefined);
        if (node.kinds.includes('moved')) moved += 1;
        if (node.kinds.includes('defected')) defected += 1;
        // Sides may differ on unchanged nodes: a unit follows its parent's defection without defecting itself.
        if (node.status === 'unchanged') {
          expect([node.before.name, node.before.echelon]).to.deep.equal([node.after.name, node.after.echelon]);
        }
      }
      expect(moved).to.be.greaterThan(0);
      expect(defected).to.be.greaterThan(0);
    });
  }
});

/** A random valid order of battle: parents always earlier in the list (so no loops at any date), random dated changes of every field. */
function randomOob(seed: number): OrderOfBattle {
  const random = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const two = (n: number) => String(n).padStart(2, '0');
  /** A date from `year` on, at a random precision, sometimes approximate, uncertain or an interval; with its first year. */
  const date = (year: number): string => {
    const one = (y: number) => pick([`${y}`, `${y}-${two(int(1, 12))}`, `${y}-${two(int(1, 12))}-${two(int(1, 28))}`]);
    const text = random() < 0.15 ? `${year}/${year + int(1, 3)}` : `${one(year)}${pick(['', '', '', '~', '?'])}`;
    return text;
  };
  const echelons: Echelon[] = ['company', 'battalion', 'regiment', 'brigade', 'division', 'unknown', 'x-task-force'];
  const sides = ['s0', 's1', 's2', 's3', 's4', 's5'];
  const units: Unit[] = [];
  const count = int(1, 24);
  for (let i = 0; i < count; i += 1) {
    const root = i === 0 || (units.filter((u) => u.parent === undefined).length < sides.length && random() < 0.12);
    const unit: Unit = { id: `u${i}`, name: `Unit ${i}`, echelon: pick(echelons) };
    if (root) unit.side = sides[units.filter((u) => u.parent === undefined).length] as string;
    else unit.parent = `u${int(0, i - 1)}`;
    let year = int(1898, 1906);
    if (random() < 0.7) unit.formed = date(year);
    const changes: UnitChange[] = [];
    for (let k = int(0, 3); k > 0; k -= 1) {
      year += int(0, 2);
      const to: UnitState = {};
      if (!root && i > 1 && random() < 0.4) to.parent = `u${int(0, i - 1)}`;
      if (random() < 0.3) to.name = `Unit ${i} ${pick(['Guards', 'Reserve', 'Rifle'])}`;
      if (random() < 0.3) to.echelon = pick(echelons);
      if (random() < 0.2) to.side = pick(sides);
      if (random() < 0.1) to.arm = pick(['infantry', 'cavalry', 'x-camel-corps'] as const);
      const change: UnitChange = { date: date(year), type: pick(['reassigned', 'upgraded', 'defected', 'redesignated', 'x-other']) };
      if (Object.keys(to).length > 0) change.to = to;
      if (random() < 0.5) change.citations = [{ source: 'src', locator: `p. ${int(1, 99)}` }];
      changes.push(change);
    }
    // Changes must be listed by their first instant; a year, a month and an interval starting the same year sort differently.
    changes.sort((x, y) => mustParseDate(x.date).start - mustParseDate(y.date).start);
    if (changes.length > 0) unit.changes = changes;
    if (random() < 0.2) unit.dissolved = date(year + int(1, 3));
    units.push(unit);
  }
  return {
    schemaVersion: '1.0',
    meta: { title: `Random ${seed} (not historical data)`, defaultLang: 'en' },
    sources: [{ id: 'src', title: 'Random source' }],
    sides: sides.map((id) => ({ id, name: id.toUpperCase(), affiliation: 'unknown' as const })),
    units,
  };
}

describe('diffHierarchies on random datasets (fast-check)', () => {
  const month = fc
    .tuple(fc.integer({ min: 1897, max: 1913 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

  it('lists every dated fact in the span once, draws every unit of either date once, in outline order, either way round', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), month, month, (seed, from, to) => {
        const dataset = load(randomOob(seed));
        const diff = diffHierarchies(dataset, from, to);
        const [early, late] = mustParseDate(from).end <= mustParseDate(to).end ? [from, to] : [to, from];
        expect(diff.changes.map((c) => factKey(dataset, c)).sort()).to.deep.equal(expectedFacts(dataset, early, late).sort());

        const a = hierarchyAt(dataset, early);
        const b = hierarchyAt(dataset, late);
        const spanned = new Set(diff.changes.filter((c) => c.type === 'formed' || c.type === 'dissolved').map((c) => c.unitId));
        const expectedIds = dataset.source.units
          .filter((u) => a.units.get(u.id)?.status === 'active' || b.units.get(u.id)?.status === 'active' || spanned.has(u.id))
          .map((u) => u.id);
        expect(diff.outline.map((n) => n.unit.id).sort()).to.deep.equal(expectedIds.sort());

        const position = new Map(diff.outline.map((n, i) => [n.unit.id, i]));
        for (const node of diff.outline) {
          if (node.parent !== null) {
            expect(position.get(node.parent) ?? Infinity).to.be.lessThan(position.get(node.unit.id) ?? -1);
            expect(node.depth).to.equal((diff.nodes.get(node.parent)?.depth ?? -2) + 1);
          }
          expect(node.kinds.includes('moved')).to.equal(node.oldParent !== undefined);
          if (node.status === 'unchanged' && node.before && node.after) {
            expect([node.before.name, node.before.echelon]).to.deep.equal([node.after.name, node.after.echelon]);
          }
          for (const change of node.changes) expect(describeChange(change)).to.match(/^Unit \d+.*: .+, .+/);
        }
        const reversed = diffHierarchies(dataset, to, from);
        expect(reversed.changes.map((c) => c.fact)).to.deep.equal(diff.changes.map((c) => c.fact));
      }),
      { numRuns: 100, seed: 20261130, includeErrorInReport: true },
    );
  });
});
