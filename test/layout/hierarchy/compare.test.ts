import { expect } from '@open-wc/testing';
import { diffHierarchies } from '../../../src/data/diff.js';
import type { DiffNode } from '../../../src/data/diff.js';
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import {
  CHANGE_KINDS,
  changesOnly,
  legendEntries,
  markPath,
  marksOf,
  oldLinkPath,
  oldParentLinks,
  unionUnits,
  wrappedLines,
} from '../../../src/layout/hierarchy/compare.js';
import { HierarchyModel } from '../../../src/layout/hierarchy/hierarchy-model.js';
import { expandedTo } from '../../../src/layout/hierarchy/expansion.js';
import { geometryFor, MARK_GUTTER } from '../../../src/layout/hierarchy/node-geometry.js';
import { load } from '../../fixtures/load.js';
import type { Unit } from '../../../src/data/types.js';

const ina = load();
const outline = (roots: readonly DiffNode[]): string[] => {
  const out: string[] = [];
  const walk = (n: DiffNode, depth: number) => {
    out.push(`${'-'.repeat(depth)}${n.unit.id}`);
    for (const c of n.children) walk(c, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  return out;
};

describe('changesOnly', () => {
  it('keeps the changed units of the built-in dataset and their superiors, in order, without altering the diff', () => {
    const diff = diffHierarchies(ina, '1945-04', '1949-12');
    const folded = changesOnly(diff.roots);
    expect(outline(folded)).to.deep.equal([
      'ina',
      '-sibo-battalion',
      '-mongol-battalion',
      'osman-batur-irregulars',
      '-kazakh-cavalry-regiment',
    ]);
    expect(diff.roots[0]?.children).to.have.length(9);
    expect(folded[0]).to.not.equal(diff.roots[0]);
  });

  it('keeps an unchanged superior of a changed unit, and every changed unit of a generated army exactly once', () => {
    const dataset = load(generateOrderOfBattle({ units: 2_000, seed: 5 }));
    const diff = diffHierarchies(dataset, '1941-06', '1945-12');
    const kept = outline(changesOnly(diff.roots)).map((s) => s.replace(/^-+/, ''));
    const changed = diff.outline.filter((n) => n.status !== 'unchanged').map((n) => n.unit.id);
    expect(changed.length).to.be.greaterThan(0);
    expect(new Set(kept).size).to.equal(kept.length);
    for (const id of changed) expect(kept).to.include(id);
    // Every unchanged unit kept is a superior of a changed one.
    const superiors = new Set<string>();
    for (const id of changed)
      for (let p = diff.nodes.get(id)?.parent ?? null; p !== null; p = diff.nodes.get(p)?.parent ?? null) superiors.add(p);
    for (const id of kept) if (diff.nodes.get(id)?.status === 'unchanged') expect(superiors.has(id), id).to.equal(true);
    expect(kept.length).to.be.lessThan(diff.outline.length);
  });

  it('folds a 50,000-level chain without recursion', () => {
    let node: DiffNode | undefined;
    for (let i = 0; i < 50_000; i += 1) {
      const status = i === 0 ? 'added' : 'unchanged';
      node = {
        unit: { id: `u${i}` },
        kinds: [],
        status,
        changedBelow: i === 0 ? 0 : 1,
        changes: [],
        children: node ? [node] : [],
      } as unknown as DiffNode;
    }
    const folded = changesOnly([node as DiffNode]);
    let depth = 0;
    for (let n: DiffNode | undefined = folded[0]; n; n = n.children[0]) depth += 1;
    expect(depth).to.equal(50_000);
  });
});

describe('compare view helpers', () => {
  const diff = diffHierarchies(ina, '1945-04', '1949-12');

  it('links the Kazakh cavalry to its old superior only when both are drawn', () => {
    const all = new Set(diff.outline.map((n) => n.unit.id));
    expect(oldParentLinks(diff, all)).to.deep.equal([{ sourceId: 'ina', targetId: 'kazakh-cavalry-regiment' }]);
    all.delete('ina');
    expect(oldParentLinks(diff, all)).to.deep.equal([]);
  });

  it('gives each unit of the union tree its union parent', () => {
    const units = unionUnits(diff);
    expect(units.get('kazakh-cavalry-regiment')?.parent).to.equal('osman-batur-irregulars');
    expect(units.size).to.equal(diff.outline.length);
  });

  it('marks the upgrades dated "later" as of uncertain date, keeping that mark when kinds are cut', () => {
    expect(marksOf(diff.nodes.get('sibo-battalion') as DiffNode, 3)).to.deep.equal(['upgraded', 'uncertain']);
    expect(marksOf(diff.nodes.get('kazakh-cavalry-regiment') as DiffNode, 3)).to.deep.equal(['defected', 'moved']);
    expect(marksOf(diff.nodes.get('ina') as DiffNode, 2)).to.deep.equal(['defected', 'downgraded']);
    const sibo = diff.nodes.get('sibo-battalion') as DiffNode;
    expect(marksOf({ kinds: ['added', 'moved', 'upgraded'], changes: sibo.changes, changedBelow: 0 }, 2)).to.deep.equal([
      'added',
      'uncertain',
    ]);
  });

  it('marks a collapsed unit with changed units hidden below it, and only then', () => {
    const army = diff.nodes.get('ina') as DiffNode;
    expect(marksOf(army, 4, true)).to.deep.equal(['defected', 'downgraded', 'redesignated', 'below']);
    expect(marksOf(army, 3, true)).to.deep.equal(['defected', 'downgraded', 'below']);
    expect(marksOf(army, 4, false)).to.not.include('below');
    expect(marksOf(diff.nodes.get('suidun-infantry-regiment') as DiffNode, 3, true)).to.deep.equal([]);
  });

  it('draws every kind with its own shape', () => {
    const paths = [...CHANGE_KINDS, 'below' as const].map((k) => markPath(k, 5.5));
    expect(new Set(paths).size).to.equal(CHANGE_KINDS.length + 1);
    for (const d of paths) expect(d).to.match(/^M[-\d.,]+/);
  });

  it('lists in the legend the kinds present, in order, with counts', () => {
    expect(legendEntries(diff)).to.deep.equal([
      { kind: 'defected', count: 3 },
      { kind: 'upgraded', count: 2 },
      { kind: 'below', count: 0 },
    ]);
    // Between a date and itself nothing changed, and nothing can be hidden.
    expect(legendEntries(diffHierarchies(ina, '1947', '1947'))).to.deep.equal([]);
  });

  it('wraps legend items as flex-wrap does', () => {
    expect(wrappedLines([50, 50, 50], 200, 10)).to.equal(1);
    expect(wrappedLines([50, 50, 50], 170, 10)).to.equal(1);
    expect(wrappedLines([50, 50, 50], 169, 10)).to.equal(2);
    expect(wrappedLines([300, 50], 100, 10)).to.equal(2);
    expect(wrappedLines([], 100, 10)).to.equal(1);
  });

  it('curves old-superior links unlike the tree links', () => {
    expect(oldLinkPath('tidy', { x: 0, y: 0 }, { x: 100, y: 80 })).to.equal('M0,0C0,40 100,40 100,80');
    expect(oldLinkPath('horizontal', { x: 0, y: 0 }, { x: 100, y: 80 })).to.equal('M0,0C50,0 50,80 100,80');
    expect(oldLinkPath('radial', { x: 0, y: 0 }, { x: 100, y: 80 })).to.equal('M0,0L100,80');
  });
});

describe('HierarchyModel in compare mode', () => {
  const maths = () => ({ diffHierarchies, unionUnits, changesOnly });
  const base = { dataset: ina, date: Date.UTC(1949, 11, 31, 23, 59, 59, 999), root: undefined, expansion: expandedTo(3), width: 1000 };

  it('draws the union tree, reuses the tree of the date, and folds with changesOnly', () => {
    const model = new HierarchyModel(maths);
    const plain = model.compute({ ...base, layout: 'tidy' });
    expect(plain.diff).to.equal(undefined);
    const compared = model.compute({ ...base, layout: 'tidy', compare: Date.UTC(1945, 3, 30, 23, 59, 59, 999) });
    expect(compared.diff?.changes).to.have.length(5);
    expect(compared.layout.byId.has('kazakh-cavalry-regiment')).to.equal(true);
    expect(compared.flat.map((f) => f.id)).to.have.length(12);
    const folded = model.compute({ ...base, layout: 'tidy', compare: Date.UTC(1945, 3, 30, 23, 59, 59, 999), changesOnly: true });
    expect(folded.flat.map((f) => f.id)).to.deep.equal([
      'ina',
      'sibo-battalion',
      'mongol-battalion',
      'osman-batur-irregulars',
      'kazakh-cavalry-regiment',
    ]);
    expect(folded.diff).to.equal(compared.diff);
  });

  // The maths are given, not imported, so that pages that never compare never load them: a model without them says so.
  it("without compare mode's maths, draws single dates and refuses to compare", () => {
    const model = new HierarchyModel();
    expect(model.compute({ ...base, layout: 'tidy' }).diff).to.equal(undefined);
    expect(() => model.compute({ ...base, layout: 'tidy', compare: Date.UTC(1945, 3, 30) })).to.throw(/compare mode/);
  });

  it('opens first the units with changes under them when not every unit of a level can be opened readably', () => {
    const units: Unit[] = [{ id: 'army', name: 'Army', echelon: 'army', side: 'north' }];
    for (let c = 1; c <= 6; c += 1) {
      units.push({ id: `c${c}`, name: `Corps ${c}`, echelon: 'corps', parent: 'army' });
      for (let d = 1; d <= 5; d += 1) {
        const changes = c === 6 && d === 5 ? [{ type: 'upgraded' as const, date: '1942', to: { echelon: 'corps' as const } }] : undefined;
        units.push({ id: `c${c}d${d}`, name: `Division ${c}.${d}`, echelon: 'division', parent: `c${c}`, ...(changes ? { changes } : {}) });
      }
    }
    const dataset = load({
      schemaVersion: '1.0',
      meta: { title: 'Test', defaultLang: 'en', dateRange: '1940/1945' },
      sources: [],
      sides: [{ id: 'north', name: 'North', affiliation: 'friend' }],
      units,
    });
    const input = { dataset, date: Date.UTC(1944, 11, 31), root: undefined, width: 1500, em: 1 };
    const viewport = { width: 1500, height: 500 };
    const plain = new HierarchyModel().chooseReadable(input, 3, ['tidy'], viewport, 1);
    const compared = new HierarchyModel(maths).chooseReadable({ ...input, compare: Date.UTC(1941, 0, 1) }, 3, ['tidy'], viewport, 1);
    // One corps can be opened readably: one in outline order for a single date, the changed one when comparing.
    expect(plain.expansion.expanded.size).to.equal(1);
    expect(plain.expansion.expanded.has('c6')).to.equal(false);
    expect([...compared.expansion.expanded]).to.deep.equal(['c6']);
  });

  it('leaves a gutter for the marks between symbol and name in side cards and rows, not in cards', () => {
    for (const kind of ['compact', 'horizontal', 'indented'] as const) {
      const plain = geometryFor(kind, 800).node;
      const marked = geometryFor(kind, 800, 1, 1, true).node;
      expect(marked.label.x - plain.label.x, kind).to.equal(MARK_GUTTER);
    }
    expect(geometryFor('tidy', 800, 1, 1, true).node).to.deep.equal(geometryFor('tidy', 800).node);
  });
});
