/** What the converters (`fromCSV`, `fromOrbatMapper`) return: the dataset, its parse result and a report. */
import type { OrderOfBattle, ParseResult, ProblemCode } from '../types.js';

/** Problems the converters find themselves, before `parseOrderOfBattle` checks their output. */
export type ImportProblemCode =
  /** CSV: a quote left open, a row with more cells than the header, an undetectable delimiter. */
  | 'csv-syntax'
  /** CSV: a required column (e.g. `id`, `name`, `echelon`) is not in the header. */
  | 'missing-column'
  /** CSV: a header names no field; custom columns must start with `x-`. */
  | 'unknown-column'
  /** CSV: two columns have the same header. */
  | 'duplicate-column'
  /** CSV: a number cell (`value`, `min`, `max`, `order`) does not hold a number. */
  | 'not-a-number'
  /** CSV: a yes/no cell (`citationNeeded`) holds something else. */
  | 'not-a-boolean'
  /** CSV: a changes row names a unit that no units row has. */
  | 'unknown-unit'
  /** A side was made up from a name the units use, since no sides sheet or list describes it. */
  | 'side-created'
  /** ORBAT Mapper: the input is not a scenario (no `type: "ORBAT-mapper"`, no `sides`). */
  | 'not-a-scenario'
  /** ORBAT Mapper: a scenario version this converter was not written for. */
  | 'unsupported-version'
  /** ORBAT Mapper: a part of the scenario the dataset format has no place for. */
  | 'not-mapped'
  /** A value that cannot be read: a time that is not a date, a sidc that is not 20 digits (a warning in CSV, where it is kept). */
  | 'invalid-value';

/**
 * One problem of a conversion. CSV problems say where in the sheet: `file` (`units`, `strength`,
 * `sides`, `sources`, `changes`), `row` as spreadsheets number rows (the header is row 1),
 * `column` as a letter (`A`, `B`, … `AA`) and `header` (the column's name). ORBAT Mapper problems
 * give `source`, a JSON pointer into the scenario. `path` is the JSON pointer into the dataset
 * built, for problems `parseOrderOfBattle` found there.
 */
export interface ImportProblem {
  /** `error`: the dataset is wrong or something was dropped. `warning`: something was assumed or left out on purpose. */
  severity: 'error' | 'warning';
  code: ImportProblemCode | ProblemCode;
  message: string;
  file?: string;
  row?: number;
  column?: string;
  header?: string;
  source?: string;
  path?: string;
}

/** A conversion's outcome. `ok` is true when the dataset parsed and no problem is an error. */
export interface ImportResult {
  ok: boolean;
  /** The dataset as built (JSON-ready), also when it has problems, so it can be saved and fixed by hand. */
  oob: OrderOfBattle;
  /** `parseOrderOfBattle(oob)`. */
  parsed: ParseResult;
  /** Conversion problems and the parse problems, located in the input where possible. */
  problems: ImportProblem[];
}

/** `problem` as one line of text, e.g. `units.csv row 4, column C (echelon): …`, for CLIs and logs. */
export function formatImportProblem(problem: ImportProblem): string {
  const where: string[] = [];
  if (problem.file !== undefined) where.push(`${problem.file}${problem.row === undefined ? '' : ` row ${problem.row}`}`);
  if (problem.column !== undefined) where.push(`column ${problem.column}${problem.header ? ` (${problem.header})` : ''}`);
  if (problem.source !== undefined) where.push(problem.source || '(the whole scenario)');
  if (where.length === 0 && problem.path !== undefined) where.push(problem.path || '(the whole dataset)');
  return `${problem.severity} ${problem.code}${where.length ? ` at ${where.join(', ')}` : ''}: ${problem.message}`;
}
