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

/**
 * How the phrases of a description are worded: `(key, english, values)` → text, the signature of an
 * element's `strings` lookup, so a page that translates its charts translates their summaries too.
 * Keys: `describe.<phrase>` (below), `describe.type.<type>`, `echelon.<echelon>`, `arm.<arm>`.
 */
export type Phrase = (key: string, english: string, values?: Readonly<Record<string, string | number>>) => string;

/** The English phrase with its `{slots}` filled. */
const english: Phrase = (_key, text, values = {}) => text.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));

/** The clauses of one change, most telling first; `type` leads when no clause already says it. */
function clauses(change: DiffChange, p: Phrase): string[] {
  const { before, after, type } = change;
  const top = () => p('describe.top', TOP);
  const echelon = (value: string) => p(`echelon.${value}`, words(value));
  const arm = (value: string) => p(`arm.${value}`, words(value));
  if (type === 'formed')
    return [
      after.parent ? p('describe.formedUnder', 'formed under {parent}', { parent: after.parent.name }) : p('describe.formed', 'formed'),
    ];
  if (type === 'dissolved') return [p('describe.dissolved', 'dissolved')];
  const out: string[] = [];
  const said = new Set<string>();
  // Where the unit went: a side or a parent, with the dataset's own verb when it has one.
  const verb = type === 'defected' || type === 'incorporated';
  let target: string | undefined;
  if (after.side) target = after.side.name;
  else if (verb && after.parent) target = after.parent.name;
  if (target !== undefined) {
    if (type === 'defected') out.push(p('describe.defectedTo', 'defected to {target}', { target }));
    else if (type === 'incorporated' && after.name !== undefined)
      out.push(p('describe.incorporatedAs', 'incorporated into {target} as {name}', { target, name: after.name }));
    else if (type === 'incorporated') out.push(p('describe.incorporatedInto', 'incorporated into {target}', { target }));
    else out.push(p('describe.changedSideTo', 'changed side to {target}', { target }));
    if (verb) said.add(type);
  } else if (change.kinds.includes('defected')) {
    out.push(p('describe.defected', 'defected'));
    said.add('defected');
  }
  if (after.parent !== undefined && !(verb && !after.side && target !== undefined)) {
    const values = { from: before.parent?.name ?? top(), to: after.parent?.name ?? top() };
    out.push(p('describe.moved', 'moved from {from} to {to}', values));
    said.add('reassigned');
  }
  if (after.name !== undefined && !(type === 'incorporated' && target !== undefined)) {
    out.push(p('describe.redesignated', 'redesignated {name}', { name: after.name }));
    said.add('redesignated');
  }
  if (after.echelon !== undefined) {
    const kind = change.kinds.find((k): k is 'upgraded' | 'downgraded' => k === 'upgraded' || k === 'downgraded') ?? 'echelonChanged';
    const word = { upgraded: 'upgraded', downgraded: 'downgraded', echelonChanged: 'echelon changed' }[kind];
    const to = echelon(after.echelon);
    out.push(
      before.echelon === undefined
        ? p(`describe.${kind}`, `${word} to {to}`, { to })
        : p(`describe.${kind}From`, `${word} from {from} to {to}`, { from: echelon(before.echelon), to }),
    );
    if (kind !== 'echelonChanged') said.add(kind);
  }
  if (after.arm !== undefined) {
    const to = arm(after.arm);
    out.push(
      before.arm === undefined
        ? p('describe.armChanged', 'arm changed to {to}', { to })
        : p('describe.armChangedFrom', 'arm changed from {from} to {to}', { from: arm(before.arm), to }),
    );
  }
  if (!said.has(type)) out.unshift(p(`describe.type.${type}`, words(type)));
  return out;
}

/**
 * One change in words for an accessible summary: "Sibo Battalion: upgraded from battalion to
 * regiment, 8 Apr 1945–22 Dec 1949 (may be before the earlier date)". The words are English unless
 * `phrase` words them (see {@link Phrase}); `lang` formats the date. Citations are not included:
 * show `change.citationLabel` beside it.
 */
export function describeChange(change: DiffChange, lang = 'en', phrase: Phrase = english): string {
  const text = phrase('describe.sentence', '{unit}: {what}, {date}', {
    unit: change.unitName,
    what: clauses(change, phrase).join(', '),
    date: formatDate(change.date, lang),
  });
  const { from, to } = change.overlaps;
  if (from && to) return `${text} ${phrase('describe.mayBeOutside', '(may be before or after the compared dates)')}`;
  if (from) return `${text} ${phrase('describe.mayBeBefore', '(may be before the earlier date)')}`;
  if (to) return `${text} ${phrase('describe.mayBeAfter', '(may be after the later date)')}`;
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
