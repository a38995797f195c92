/** Checks ids: duplicates within a collection, and references that name no existing id. */
import { pointerResolves } from './pointer.js';
import type { Problems } from './problems.js';
import type { RefTarget } from './shapes.js';
import { eachObject, type JObject } from './snapshot.js';
import type { PointerField, RefField } from './structure.js';
import { quote } from './values.js';

/** The ids of each collection, each mapped to the index of its first holder. */
export interface IdIndex {
  units: Map<string, number>;
  sides: Map<string, number>;
  sources: Map<string, number>;
  people: Map<string, number>;
  observations: Map<string, number>;
  ranks: Map<string, number>;
  /** Group ids per rank system index. */
  groupsBySystem: Map<number, Set<string>>;
  /** Collections that are not arrays: references to them are not checked (the collection is reported). */
  unreadable: Set<string>;
}

const REQUIRED = new Set(['sources', 'sides', 'units']);

const LABELS: Record<string, string> = {
  sources: 'source',
  sides: 'side',
  units: 'unit',
  people: 'person',
  roles: 'role',
  strength: 'observation',
  events: 'event',
  rankSystems: 'rank system',
  notes: 'note',
};

/** Indexes ids and reports duplicates (ranks and rank groups across all rank systems). */
export function indexIds(root: JObject, problems: Problems): IdIndex {
  const duplicate = (path: string, label: string, id: string, firstPath: string) =>
    problems.add(`${path}/id`, 'duplicate-id', `${label} id ${quote(id)} is already used by the ${label} at ${firstPath}`);
  const collection = (key: string, label: string): Map<string, number> => {
    const map = new Map<string, number>();
    eachObject(root[key], (item, index) => {
      const id = item.id;
      if (typeof id !== 'string') return;
      const first = map.get(id);
      if (first === undefined) map.set(id, index);
      else duplicate(`/${key}/${index}`, label, id, `/${key}/${first}`);
    });
    return map;
  };
  const maps = new Map(Object.entries(LABELS).map(([key, label]) => [key, collection(key, label)]));
  const ranks = new Map<string, number>();
  const firstPaths = { rank: new Map<string, string>(), 'rank group': new Map<string, string>() };
  const claim = (label: 'rank' | 'rank group', id: string, path: string) => {
    const first = firstPaths[label].get(id);
    if (first === undefined) firstPaths[label].set(id, path);
    else duplicate(path, label, id, first);
  };
  const groupsBySystem = new Map<number, Set<string>>();
  eachObject(root.rankSystems, (system, s) => {
    const own = new Set<string>();
    groupsBySystem.set(s, own);
    eachObject(system.groups, (item, index) => {
      if (typeof item.id !== 'string') return;
      own.add(item.id);
      claim('rank group', item.id, `/rankSystems/${s}/groups/${index}`);
    });
    eachObject(system.ranks, (item, index) => {
      if (typeof item.id !== 'string') return;
      if (!ranks.has(item.id)) ranks.set(item.id, s);
      claim('rank', item.id, `/rankSystems/${s}/ranks/${index}`);
    });
  });
  const get = (key: string) => maps.get(key) ?? new Map<string, number>();
  return {
    units: get('units'),
    sides: get('sides'),
    sources: get('sources'),
    people: get('people'),
    observations: get('strength'),
    ranks,
    groupsBySystem,
    unreadable: new Set(Object.keys(LABELS).filter((key) => (root[key] === undefined ? REQUIRED.has(key) : !Array.isArray(root[key])))),
  };
}

/**
 * Whether `id` names an existing item of `to`. References into a collection that is not an array
 * count as existing: the collection itself is reported.
 */
export function refExists(ids: IdIndex, to: RefTarget, id: string): boolean {
  const skip = ids.unreadable;
  switch (to) {
    case 'unit':
      return ids.units.has(id) || skip.has('units');
    case 'side':
      return ids.sides.has(id) || skip.has('sides');
    case 'source':
      return ids.sources.has(id) || skip.has('sources');
    case 'person':
      return ids.people.has(id) || skip.has('people');
    case 'rank':
      return ids.ranks.has(id) || skip.has('rankSystems');
    case 'observation':
      return ids.observations.has(id) || skip.has('strength');
    case 'unit-or-side':
      return ids.units.has(id) || ids.sides.has(id) || skip.has('units') || skip.has('sides');
  }
}

const TARGET_NAMES: Record<RefTarget, string> = {
  unit: 'a unit id',
  side: 'a side id',
  source: 'a source id',
  person: 'a person id',
  rank: 'a rank id',
  observation: 'a strength observation id',
  'unit-or-side': 'a unit id or a side id',
};

/** Reports references to ids that do not exist, rank groups outside their system, and bad pointers. */
export function checkReferences(
  root: JObject,
  ids: IdIndex,
  refs: readonly RefField[],
  pointers: readonly PointerField[],
  problems: Problems,
): void {
  for (const ref of refs) {
    if (refExists(ids, ref.to, ref.value)) continue;
    problems.add(
      ref.where.path,
      'dangling-reference',
      `${ref.where.owner.named} names ${ref.as} ${quote(ref.value)}, which is not ${TARGET_NAMES[ref.to]}`,
    );
  }
  eachObject(root.rankSystems, (system, s) => {
    const groups = ids.groupsBySystem.get(s) ?? new Set<string>();
    const systemName = typeof system.id === 'string' ? `rank system ${quote(system.id)}` : `rank system ${s}`;
    eachObject(system.ranks, (item, index) => {
      const group = item.group;
      if (typeof group !== 'string' || groups.has(group)) return;
      const owner = typeof item.id === 'string' ? `rank ${quote(item.id)}` : `rank at /rankSystems/${s}/ranks/${index}`;
      problems.add(
        `/rankSystems/${s}/ranks/${index}/group`,
        'dangling-reference',
        `${owner} names group ${quote(group)}, which is not a group of ${systemName}`,
      );
    });
  });
  for (const pointer of pointers) {
    if (pointerResolves(root, pointer.value)) continue;
    problems.add(
      pointer.where.path,
      'dangling-reference',
      `${pointer.where.owner.text} is about ${quote(pointer.value)}, which is not a JSON pointer to a part of this dataset`,
    );
  }
}
