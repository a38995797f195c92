import type { UnitAt } from '../../data/hierarchy-at.js';
import { citationLabel, localizedName } from '../../data/lookups.js';
import type { Affiliation, Dataset, UnitChange } from '../../data/types.js';
import { ellipsize, textDirection, wrapLabel } from '../../layout/hierarchy/label.js';
import type { Measure } from '../../layout/hierarchy/label.js';
import type { NodeGeometry } from '../../layout/hierarchy/node-geometry.js';
import { words } from './translate.js';

/** A text in a language and direction, as a label needs it. */
export interface LangText {
  text: string;
  lang: string | undefined;
  dir: 'ltr' | 'rtl';
}

/** What a node shows, derived once per unit state, language and node variant. */
export interface NodeView {
  name: LangText;
  lines: string[];
  truncated: boolean;
  /** The unit's commander (or leader) at the date. */
  commander: LangText | undefined;
  /** The commander's name as drawn: cut with "…" to the label width. */
  commanderLine: string;
  leaders: { role: string; person: LangText }[];
  affiliation: Affiliation | undefined;
  side: string | undefined;
  /** One line per change in effect at the date (type, date, description, sources). */
  changes: string[];
  /** One line per change whose date range contains the date. */
  uncertain: string[];
}

const COMMANDING = new Set(['commander-in-chief', 'commander', 'leader']);
const cache = new WeakMap<UnitAt, Map<string, NodeView>>();

/** The name a unit shows at a date in `lang`. A rename makes the unit's translated names stale: the new name shows as written. */
export function displayName(unit: UnitAt, lang: string): { text: string; lang?: string; dir?: 'ltr' | 'rtl' | 'auto' } {
  const renamed = unit.applied.some((c) => c.to?.name !== undefined);
  return renamed ? { text: unit.name } : localizedName(unit.unit, lang || undefined);
}

/** A picked name with its direction: given, else guessed from its script. */
export function langText(picked: { text: string; lang?: string; dir?: 'ltr' | 'rtl' | 'auto' }): LangText {
  const dir = picked.dir === 'rtl' || picked.dir === 'ltr' ? picked.dir : textDirection(picked.text);
  return { text: picked.text, lang: picked.lang, dir };
}

function changeLine(dataset: Dataset, change: UnitChange): string {
  const head = `${words(change.type)}, ${change.date.replace('/', ' – ')}`;
  const sources = citationLabel(dataset, change);
  return [head, change.description, sources].filter(Boolean).join(' · ');
}

/** How the chart measures its texts: widths of names and of commanders, and a key that changes with the fonts. */
export interface TextMetrics {
  key: string;
  label: Measure;
  commander: Measure;
}

/** The display data of a unit at a date, in `lang`, wrapped for `geometry` with `metrics`; memoised per `UnitAt` object. */
export function nodeView(dataset: Dataset, unit: UnitAt, lang: string, geometry: NodeGeometry, metrics: TextMetrics): NodeView {
  const key = `${lang}|${geometry.variant}|${geometry.label.maxWidth}|${metrics.key}`;
  let perUnit = cache.get(unit);
  const hit = perUnit?.get(key);
  if (hit) return hit;

  const name = langText(displayName(unit, lang));
  const { lines, truncated } = wrapLabel(name.text, geometry.label.maxWidth, geometry.label.maxLines, metrics.label);
  const leaders = [...unit.leaders]
    .sort((a, b) => Number(COMMANDING.has(b.role.type)) - Number(COMMANDING.has(a.role.type)))
    .map(({ person, role }) => ({ role: role.title ?? words(role.type), person: langText(localizedName(person, lang || undefined)) }));
  const side = unit.side === undefined ? undefined : dataset.sidesById.get(unit.side);
  const view: NodeView = {
    name,
    lines,
    truncated,
    commander: leaders[0]?.person,
    commanderLine: leaders[0] ? ellipsize(leaders[0].person.text, geometry.label.maxWidth, metrics.commander) : '',
    leaders,
    affiliation: side?.affiliation,
    side: side ? localizedName(side, lang || undefined).text : undefined,
    changes: unit.applied.map((c) => changeLine(dataset, c)),
    uncertain: unit.uncertain.map((c) => changeLine(dataset, c)),
  };
  if (!perUnit) {
    perUnit = new Map();
    cache.set(unit, perUnit);
  }
  // Row widths follow the box: keep the few latest sizes, not one per resize step.
  if (perUnit.size > 8) perUnit.clear();
  perUnit.set(key, view);
  return view;
}
