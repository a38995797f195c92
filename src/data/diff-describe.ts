/**
 * Words and table rows for the changes `diffHierarchies` finds: the accessible summary of a compare
 * view ("Kazakh Cavalry Regiment: defected to Kazakh irregulars under Osman Batur, 1947") and the
 * rows its `toCSV()` exports. Pure: no DOM, no Lit.
 */
import type { ChangeState, DiffChange, HierarchyDiff } from './diff.js';
import { formatDate } from './format-date.js';

/** The CSV columns, in order. */
export const DIFF_CSV_HEADER = ['unit', 'change', 'from', 'to', 'date', 'source'] as const;

/** An enumeration value in words: `army-group` → "army group", `x-bridging-engineers` → "bridging engineers". */
function words(value: string): string {
  return value.replace(/^x-/, '').replace(/-/g, ' ');
}

const TOP = 'the top level';

/** The clauses of one change, most telling first; `type` leads when no clause already says it. */
function clauses(change: DiffChange): string[] {
  const { before, after, type } = change;
  if (type === 'formed') return [after.parent ? `formed under ${after.parent.name}` : 'formed'];
  if (type === 'dissolved') return ['dissolved'];
  const out: string[] = [];
  const said = new Set<string>();
  // Where the unit went: a side or a parent, with the dataset's own verb when it has one.
  const verb = type === 'defected' ? 'defected to' : type === 'incorporated' ? 'incorporated into' : undefined;
  let target: string | undefined;
  if (after.side) target = after.side.name;
  else if (verb && after.parent) target = after.parent.name;
  if (target !== undefined) {
    let clause = `${verb ?? 'changed side to'} ${target}`;
    if (verb) said.add(type);
    if (type === 'incorporated' && after.name !== undefined) clause += ` as ${after.name}`;
    out.push(clause);
  } else if (change.kinds.includes('defected')) {
    out.push('defected');
    said.add('defected');
  }
  if (after.parent !== undefined && !(verb && !after.side && target !== undefined)) {
    out.push(`moved from ${before.parent?.name ?? TOP} to ${after.parent?.name ?? TOP}`);
    said.add('reassigned');
  }
  if (after.name !== undefined && !(type === 'incorporated' && target !== undefined)) {
    out.push(`redesignated ${after.name}`);
    said.add('redesignated');
  }
  if (after.echelon !== undefined) {
    const kind = change.kinds.find((k) => k === 'upgraded' || k === 'downgraded');
    const from = before.echelon === undefined ? '' : ` from ${words(before.echelon)}`;
    out.push(`${kind ?? 'echelon changed'}${from} to ${words(after.echelon)}`);
    if (kind) said.add(kind);
  }
  if (after.arm !== undefined) {
    out.push(`arm changed${before.arm === undefined ? '' : ` from ${words(before.arm)}`} to ${words(after.arm)}`);
  }
  if (!said.has(type)) out.unshift(words(type));
  return out;
}

/**
 * One change in words for an accessible summary: "Sibo Battalion: upgraded from battalion to
 * regiment, 8 Apr 1945–22 Dec 1949 (may be before the earlier date)". The words are English;
 * `lang` formats the date. Citations are not included: show `change.citationLabel` beside it.
 */
export function describeChange(change: DiffChange, lang = 'en'): string {
  let text = `${change.unitName}: ${clauses(change).join(', ')}, ${formatDate(change.date, lang)}`;
  const { from, to } = change.overlaps;
  if (from && to) text += ' (may be before or after the compared dates)';
  else if (from) text += ' (may be before the earlier date)';
  else if (to) text += ' (may be after the later date)';
  return text;
}

/** The fields of one side of a change as one cell: "East Turkistan National Army; army; Second East Turkestan Republic". */
function stateCell(state: ChangeState): string {
  const parts: string[] = [];
  if (state.name !== undefined) parts.push(state.name);
  if (state.echelon !== undefined) parts.push(words(state.echelon));
  if (state.arm !== undefined) parts.push(words(state.arm));
  if (state.parent !== undefined) parts.push(state.parent === null ? TOP : `under ${state.parent.name}`);
  if (state.side !== undefined) parts.push(state.side.name);
  return parts.join('; ');
}

/** Each citation as "[5] Title, locator", deduplicated, then "citation needed" when flagged. */
function sourceCell(change: DiffChange): string {
  const cited = change.citations.map(
    ({ source, citation }) =>
      `${source.ref !== undefined ? `[${source.ref}] ` : ''}${source.title}${citation.locator !== undefined ? `, ${citation.locator}` : ''}`,
  );
  const unique = [...new Set(cited)];
  if (change.citationNeeded) unique.push('citation needed');
  return unique.join('; ');
}

/**
 * One change as a CSV row in the order of {@link DIFF_CSV_HEADER}: the unit's name, the dataset's
 * word for the change (`formed`, `dissolved` or the change's `type`), the altered fields before and
 * after, the date as the dataset writes it (EDTF, so `1945-04-08/1949-12-22` keeps its
 * uncertainty), and the sources. The cells are plain strings for a CSV writer to quote.
 */
export function diffCsvRow(change: DiffChange): string[] {
  return [change.unitName, change.type, stateCell(change.before), stateCell(change.after), change.date.text, sourceCell(change)];
}

/** The header and one row per change, in outline order. */
export function diffCsvRows(diff: HierarchyDiff): string[][] {
  return [[...DIFF_CSV_HEADER], ...diff.changes.map(diffCsvRow)];
}
