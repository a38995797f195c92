import type { Dataset, Person, Rank, RankCategory, RankGroup, RankSystem, Role } from './types.js';

export interface RankHolder {
  person: Person;
  role: Role;
}

export interface RankRow {
  rank: Rank;
  holders: RankHolder[];
}

export interface RankGroupRows {
  group: RankGroup;
  ranks: RankRow[];
}

export interface RankTable {
  system: RankSystem;
  groups: RankGroupRows[];
}

export interface RankTableOptions {
  /** Rank system id; defaults to the first. */
  system?: string;
  category?: RankCategory | 'all';
}

/**
 * Rank groups with their ranks, most senior first, and the people the dataset names in each rank.
 * Groups keep the order of `groups`; ranks the order of `ranks`. Returns `undefined` when the
 * dataset has no such rank system.
 */
export function rankTable(dataset: Dataset, options: RankTableOptions = {}): RankTable | undefined {
  const systems = dataset.source.rankSystems ?? [];
  const system = options.system === undefined ? systems[0] : systems.find((s) => s.id === options.system);
  if (!system) return undefined;
  const category = options.category ?? 'all';
  const holders = new Map<string, RankHolder[]>();
  for (const role of dataset.source.roles ?? []) {
    const person = dataset.peopleById.get(role.person);
    if (!role.rank || !person) continue;
    const list = holders.get(role.rank) ?? [];
    if (!list.some((h) => h.person.id === person.id)) list.push({ person, role });
    holders.set(role.rank, list);
  }
  const groups = system.groups
    .filter((group) => category === 'all' || group.category === category)
    .map((group) => ({
      group,
      ranks: system.ranks.filter((r) => r.group === group.id).map((rank) => ({ rank, holders: holders.get(rank.id) ?? [] })),
    }));
  return { system, groups };
}
