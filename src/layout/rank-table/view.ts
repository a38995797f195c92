import { citationLabel, localizedName } from '../../data/lookups.js';
import { rankTable } from '../../data/rank-table.js';
import type { RankHolder } from '../../data/rank-table.js';
import type { Dataset, Rank, RankCategory, RankGroup, RankSystem, ShoulderBoardDescriptor } from '../../data/types.js';
import { describeInsignia, shoulderBoard } from '../../insignia/index.js';
import type { ShoulderBoardGeometry } from '../../insignia/index.js';

/** A name in another language, as it is shown under the English one. */
export interface NativeName {
  text: string;
  lang: string;
  dir: 'ltr' | 'rtl' | 'auto';
}

export interface RankCell {
  rank: Rank;
  group: RankGroup;
  holders: RankHolder[];
  native: NativeName[];
  /** Index of this rank in the rank system (for JSON paths and stable ids). */
  index: number;
  insignia?: { descriptor: ShoulderBoardDescriptor; geometry: ShoulderBoardGeometry; label: string };
  /** Footnote numbers that concern this rank or its insignia. */
  marks: number[];
}

export interface GroupView {
  group: RankGroup;
  ranks: RankCell[];
  marks: number[];
}

export interface SectionView {
  category: RankCategory;
  groups: GroupView[];
  /** Columns the section needs in the `columns` layout (an empty group still takes one). */
  columns: number;
}

export interface Footnote {
  mark: number;
  title?: string;
  text: string;
  sources?: string;
}

export interface RankView {
  system: RankSystem;
  systemIndex: number;
  sections: SectionView[];
  footnotes: Footnote[];
  /** Every selectable rank (placeholders excluded), in table order. */
  ranks: RankCell[];
  hasNato: boolean;
}

const geometryCache = new WeakMap<ShoulderBoardDescriptor, ShoulderBoardGeometry>();

/** The geometry of a descriptor, computed once per descriptor object. */
export function geometryOf(descriptor: ShoulderBoardDescriptor): ShoulderBoardGeometry {
  let geometry = geometryCache.get(descriptor);
  if (!geometry) {
    geometry = shoulderBoard(descriptor);
    geometryCache.set(descriptor, geometry);
  }
  return geometry;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/**
 * Languages whose rank names are shown under the English ones: `lang` itself, or, when it is
 * empty, every language the rank names are written in, except the dataset's default language.
 */
export function nameLanguages(system: RankSystem, lang: string, defaultLang: string): string[] {
  if (lang) return primary(lang) === primary(defaultLang) ? [] : [lang];
  const found = new Map<string, string>();
  for (const rank of system.ranks) {
    for (const name of rank.names ?? []) {
      const usable = name.kind === undefined || name.kind === 'name' || name.kind === 'translation';
      if (usable && primary(name.lang) !== primary(defaultLang) && !found.has(primary(name.lang))) found.set(primary(name.lang), name.lang);
    }
  }
  return [...found.values()];
}

/** The common part of the descriptors' `follows` before the rank, e.g. "Soviet 1943 pattern". */
function commonPattern(descriptors: ShoulderBoardDescriptor[]): string | undefined {
  const patterns = new Set(descriptors.map((d) => d.follows?.split(',')[0]?.trim()).filter((p): p is string => !!p));
  return patterns.size === 1 ? [...patterns][0] : undefined;
}

/** Numbered footnotes, each text once (adding a known one returns its number). */
export class Notes {
  readonly list: Footnote[] = [];
  private readonly byText = new Map<string, number>();

  add(text: string, title?: string, sources?: string): number {
    const key = `${title ?? ''}\u0000${text}`;
    const known = this.byText.get(key);
    if (known !== undefined) return known;
    const mark = this.list.length + 1;
    const note: Footnote = { mark, text };
    if (title) note.title = title;
    if (sources) note.sources = sources;
    this.list.push(note);
    this.byText.set(key, mark);
    return mark;
  }
}

function concerns(pointer: string, prefix: string, shownGroups: Set<number>, shownRanks: Set<number>): boolean {
  if (pointer === prefix) return true;
  if (!pointer.startsWith(`${prefix}/`)) return false;
  const [kind, index] = pointer.slice(prefix.length + 1).split('/');
  if (kind === 'ranks') return shownRanks.has(Number(index));
  if (kind === 'groups') return shownGroups.has(Number(index));
  return true;
}

/**
 * Everything the table shows, computed once per input: sections (officers, enlisted) of groups
 * and ranks with their names, insignia geometry and text alternatives, holders, and footnotes.
 * Returns `undefined` when the dataset has no such rank system.
 */
export function buildRankView(
  dataset: Dataset,
  options: { system?: string; category: RankCategory | 'all'; lang: string; reconstructionNote: (pattern: string | undefined) => string },
): RankView | undefined {
  const table = rankTable(
    dataset,
    options.system ? { system: options.system, category: options.category } : { category: options.category },
  );
  if (!table) return undefined;
  const system = table.system;
  const systemIndex = (dataset.source.rankSystems ?? []).indexOf(system);
  const languages = nameLanguages(system, options.lang, dataset.source.meta.defaultLang);
  const shownGroups = new Set(table.groups.map((g) => system.groups.indexOf(g.group)));
  const shownRanks = new Set(table.groups.flatMap((g) => g.ranks.map((r) => system.ranks.indexOf(r.rank))));
  const notes = new Notes();

  const shownDescriptors = table.groups.flatMap((g) =>
    g.ranks.flatMap((r) => (r.rank.insignia && !r.rank.placeholder ? [r.rank.insignia] : [])),
  );
  const reconstructed = shownDescriptors.filter((d) => d.basis === 'reconstruction');
  if (reconstructed.length > 0) {
    const sources = [...new Set(reconstructed.map((d) => citationLabel(dataset, d)).filter(Boolean))].join(' ');
    notes.add(options.reconstructionNote(commonPattern(reconstructed)), undefined, sources || undefined);
  }
  const prefix = `/rankSystems/${systemIndex}`;
  for (const note of dataset.source.notes ?? []) {
    if ((note.about ?? []).some((p) => concerns(p, prefix, shownGroups, shownRanks)))
      notes.add(note.text, note.title, citationLabel(dataset, note) || undefined);
  }

  const cells: RankCell[] = [];
  const groupViews = table.groups.map(({ group, ranks }): GroupView => {
    const groupMarks = group.note ? [notes.add(group.note)] : [];
    const rankCells = ranks.map(({ rank, holders }): RankCell => {
      const native = languages.flatMap((lang): NativeName[] => {
        const hit = localizedName(rank, lang);
        return hit.lang ? [{ text: hit.text, lang: hit.lang, dir: hit.dir ?? 'auto' }] : [];
      });
      const marks = [rank.note, rank.insignia?.note].filter((t): t is string => !!t).map((t) => notes.add(t));
      const cell: RankCell = { rank, group, holders, native, index: system.ranks.indexOf(rank), marks: [...new Set(marks)] };
      if (rank.insignia && !rank.placeholder) {
        cell.insignia = { descriptor: rank.insignia, geometry: geometryOf(rank.insignia), label: describeInsignia(rank.insignia) };
      }
      if (!rank.placeholder) cells.push(cell);
      return cell;
    });
    return { group, ranks: rankCells, marks: groupMarks };
  });

  const categories: RankCategory[] = ['officers', 'enlisted'];
  const sections = categories
    .map((category): SectionView => {
      const groups = groupViews.filter((g) => g.group.category === category);
      return { category, groups, columns: groups.reduce((n, g) => n + Math.max(1, g.ranks.length), 0) };
    })
    .filter((s) => s.groups.length > 0);
  return { system, systemIndex, sections, footnotes: notes.list, ranks: cells, hasNato: cells.some((c) => c.rank.nato) };
}
