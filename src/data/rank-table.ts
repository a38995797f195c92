import type { Dataset, NatoRankCode, Person, Rank, RankCategory, RankGroup, RankSystem, Role } from './types.js';
import { NATO_CODES } from './validate/enums.js';

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

/** NATO rank codes from most to least senior, officers (`OF(D)`, officer designate, after OF-1) then other ranks: the validator's list. */
export { NATO_CODES };

/** Officer codes (`OF-…`) are officers' ranks, other-rank codes (`OR-…`) enlisted ones. */
export function natoCategory(code: NatoRankCode): RankCategory {
  return code.startsWith('OF') ? 'officers' : 'enlisted';
}

/** One NATO code across the compared systems. */
export interface RankCodeRow {
  code: NatoRankCode;
  category: RankCategory;
  /** One list per compared system, in their order: its ranks at this code, most senior first; empty when it has none. */
  ranks: Rank[][];
}

/** Ranks of one system that the data gives no NATO code, under their group. */
export interface UncodedGroup {
  /** Index into the compared systems. */
  system: number;
  group: RankGroup;
  ranks: Rank[];
}

/** Several rank systems side by side, aligned by NATO code, as comparative tables of military ranks are. */
export interface RankComparison {
  systems: RankSystem[];
  /** The codes that at least one compared system uses, most senior first. */
  rows: RankCodeRow[];
  /** Ranks without a code, by system, then group, in the systems' order: they cannot be aligned. */
  uncoded: UncodedGroup[];
}

/**
 * Aligns rank systems by NATO code. `systems` lists rank system ids in column order (unknown ids
 * are left out; an empty list compares every system of the dataset). Placeholders (empty cells of
 * the source) are not ranks and are left out.
 */
export function compareRankSystems(
  dataset: Dataset,
  systems: readonly string[] = [],
  options: { category?: RankCategory | 'all' } = {},
): RankComparison {
  const all = dataset.source.rankSystems ?? [];
  const shown = systems.length === 0 ? all : systems.flatMap((id) => all.filter((s) => s.id === id));
  const category = options.category ?? 'all';
  const wanted = (c: RankCategory) => category === 'all' || category === c;
  const byCode = new Map<NatoRankCode, Rank[][]>();
  const uncoded: UncodedGroup[] = [];
  shown.forEach((system, index) => {
    const groups = new Map(system.groups.map((g) => [g.id, g]));
    for (const rank of system.ranks) {
      if (rank.placeholder) continue;
      if (rank.nato) {
        if (!wanted(natoCategory(rank.nato))) continue;
        const row = byCode.get(rank.nato) ?? shown.map((): Rank[] => []);
        row[index]?.push(rank);
        byCode.set(rank.nato, row);
        continue;
      }
      const group = groups.get(rank.group);
      if (!group || !wanted(group.category)) continue;
      const last = uncoded[uncoded.length - 1];
      if (last && last.system === index && last.group === group) last.ranks.push(rank);
      else uncoded.push({ system: index, group, ranks: [rank] });
    }
  });
  const rows = NATO_CODES.flatMap((code): RankCodeRow[] => {
    const ranks = byCode.get(code);
    return ranks ? [{ code, category: natoCategory(code), ranks }] : [];
  });
  return { systems: shown, rows, uncoded };
}

/** A rank of another compared system at the same NATO code. */
export interface RankEquivalent {
  system: RankSystem;
  rank: Rank;
}

/** The ranks of the other compared systems at the code of `rankId`; none for a rank without a code. */
export function rankEquivalents(comparison: RankComparison, rankId: string): RankEquivalent[] {
  for (const row of comparison.rows) {
    const column = row.ranks.findIndex((list) => list.some((r) => r.id === rankId));
    if (column < 0) continue;
    return row.ranks.flatMap((list, i) =>
      i === column ? [] : list.map((rank) => ({ system: comparison.systems[i] as RankSystem, rank })),
    );
  }
  return [];
}
