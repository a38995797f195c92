import type { HierarchyAt, HierarchyNodeAt, UnitAt } from '../../data/hierarchy-at.js';
import { localizedName } from '../../data/lookups.js';
import type { LocalizedName } from '../../data/types.js';

/** A unit found by a search: its id, its name in the chart's language and the names of its superiors, top first. */
export interface SearchMatch {
  id: string;
  name: string;
  /** The superiors' names, from the top of the tree down to the unit's parent. */
  path: string[];
  /** The text that matched, when it is not the name shown (an alias, another language, the commander). */
  via: string | undefined;
}

interface Entry {
  id: string;
  name: string;
  /** Folded texts: the name shown first, then every other name, alias, abbreviation and commander. */
  keys: string[];
  texts: string[];
}

/** The units of one tree at one date, ready to be searched in one language. */
export interface SearchIndex {
  lang: string;
  /** In the language's alphabetical order, so that matches come out sorted without a sort per keystroke. */
  entries: Entry[];
  units: ReadonlyMap<string, UnitAt>;
  names: ReadonlyMap<string, string>;
  /** Every entry the last query matched, when it scanned them all: a longer query (the next keystroke) only scans these. */
  last: { query: string; entries: Entry[] } | undefined;
}

/** Letters that Unicode does not decompose into a base letter and a mark, but readers treat as one. */
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * `text` as searches compare it: without diacritics (NFD, marks removed), lower-cased for `lang`,
 * with the few undecomposable letters spelled out, so that "suidun" finds "Süidün" and "lodz" "Łódź".
 * It is the folding `Intl.Collator(lang, { sensitivity: 'base' })` applies, done once per text
 * instead of once per comparison, which keeps a keystroke over 50,000 units fast.
 */
export function foldText(text: string, lang = ''): string {
  let lower: string;
  try {
    lower = text.toLocaleLowerCase(lang || undefined);
  } catch {
    lower = text.toLowerCase();
  }
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(SPECIAL, (ch) => LETTERS[ch] ?? ch);
}

/** Word separators become one space, so that a word start is a space followed by the query. */
const SEPARATORS = /[\s\-–—/(),.'"«»]+/g;

function searchKey(text: string, lang: string): string {
  return ` ${foldText(text, lang).replace(SEPARATORS, ' ').trim()}`;
}

function collator(lang: string): Intl.Collator {
  try {
    return new Intl.Collator(lang || undefined, { sensitivity: 'base', numeric: true });
  } catch {
    return new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  }
}

function allNames(item: { name: string; names?: LocalizedName[] }): string[] {
  return [item.name, ...(item.names ?? []).map((n) => n.text)];
}

/**
 * Indexes the units drawn in `roots` (the tree at `hierarchy`'s date): for each, every name in
 * every language, aliases and abbreviations, and its leaders' names. `name` gives the name the
 * chart shows (in `lang`).
 */
export function searchIndex(
  hierarchy: HierarchyAt,
  roots: readonly HierarchyNodeAt[],
  lang: string,
  name: (unit: UnitAt) => string,
): SearchIndex {
  const entries: Entry[] = [];
  const names = new Map<string, string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as HierarchyNodeAt;
    const unit = node.unit;
    const shown = name(unit);
    names.set(unit.id, shown);
    const texts = [shown, unit.name, ...allNames(unit.unit), ...unit.leaders.flatMap((l) => allNames(l.person))];
    const unique = [...new Set(texts)];
    entries.push({ id: unit.id, name: shown, texts: unique, keys: unique.map((t) => searchKey(t, lang)) });
    for (const child of node.children) stack.push(child);
  }
  const order = collator(lang);
  entries.sort((a, b) => order.compare(a.name, b.name));
  return { lang, entries, units: hierarchy.units, names, last: undefined };
}

/** The names of `id`'s superiors in the index, top first. */
function pathOf(index: SearchIndex, id: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>([id]);
  for (let p = index.units.get(id)?.parent ?? null; p !== null && !seen.has(p); p = index.units.get(p)?.parent ?? null) {
    seen.add(p);
    const shown = index.names.get(p);
    if (shown === undefined) break;
    path.push(shown);
  }
  return path.reverse();
}

/** How well a key (as `searchKey` makes it: a leading space) matches: 0 starts with the query, 1 a word does, 2 contains it, -1 not at all. */
function rank(key: string, query: string, spaced: string): number {
  if (key.startsWith(spaced)) return 0;
  if (key.includes(spaced)) return 1;
  return key.includes(query) ? 2 : -1;
}

/**
 * Units whose names, aliases, abbreviations or commanders contain `query`, ignoring case and
 * diacritics: names starting with it first, then names with a word starting with it, then the
 * rest, each group in alphabetical order; at most `limit`. Matches on the shown name rank above
 * matches on other texts of the same strength.
 */
export function searchUnits(index: SearchIndex, query: string, limit = 50): SearchMatch[] {
  const q = foldText(query.trim(), index.lang).replace(SEPARATORS, ' ').trim();
  if (q.length === 0) return [];
  const spaced = ` ${q}`;
  // Six groups: (starts, word start, contains) × (shown name, another text).
  const groups: { entry: Entry; via: number }[][] = [[], [], [], [], [], []];
  const last = index.last;
  const candidates = last && q.startsWith(last.query) ? last.entries : index.entries;
  const matched: Entry[] = [];
  let complete = true;
  for (const entry of candidates) {
    let best = -1;
    let via = 0;
    for (let i = 0; i < entry.keys.length; i += 1) {
      const r = rank(entry.keys[i] as string, q, spaced);
      if (r < 0) continue;
      const score = r * 2 + (i === 0 ? 0 : 1);
      if (best < 0 || score < best) {
        best = score;
        via = i;
      }
      if (best === 0) break;
    }
    if (best < 0) continue;
    matched.push(entry);
    const group = groups[best] as { entry: Entry; via: number }[];
    if (group.length < limit) group.push({ entry, via });
    // The best group full: nothing later can enter the result (entries come in alphabetical order).
    if ((groups[0] as unknown[]).length >= limit) {
      complete = false;
      break;
    }
  }
  // Typing extends the query: keep what matched, so the next keystroke scans only that.
  index.last = complete ? { query: q, entries: matched } : undefined;
  const out: SearchMatch[] = [];
  for (const group of groups) {
    for (const { entry, via } of group) {
      if (out.length >= limit) return out;
      const text = entry.texts[via];
      out.push({ id: entry.id, name: entry.name, path: pathOf(index, entry.id), via: via === 0 || text === entry.name ? undefined : text });
    }
  }
  return out;
}
