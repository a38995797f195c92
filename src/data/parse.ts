/**
 * `parseOrderOfBattle`: validates an untrusted order of battle (a JSON string or an object) and
 * indexes it. Never throws; reports every problem it finds (up to a cap) with a JSON pointer.
 */
import { buildDataset } from './build-dataset.js';
import { DateCache } from './dates.js';
import { SCHEMA_VERSION, type OrderOfBattle, type ParseResult, type Problem } from './types.js';
import { checkHierarchy } from './validate/hierarchy.js';
import { jsonErrorPosition } from './validate/json-position.js';
import { MAX_JSON_LENGTH } from './validate/limits.js';
import { describeError, Problems } from './validate/problems.js';
import { checkReferences, indexIds, refExists } from './validate/references.js';
import { isJObject, snapshot, type JObject, type JValue } from './validate/snapshot.js';
import { checkStructure } from './validate/structure.js';
import { checkDateOrder, checkDates, describeValue, quote } from './validate/values.js';

function fail(problems: Problem[]): ParseResult {
  return { ok: false, problems };
}

/** Line and column (1-based) of a UTF-16 offset. */
function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

function readJson(text: string): { value: unknown } | Problem {
  if (text.length > MAX_JSON_LENGTH) {
    return {
      path: '',
      code: 'too-large',
      message: `the JSON text has ${text.length} characters, more than the limit of ${MAX_JSON_LENGTH}`,
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body) as unknown };
  } catch (error) {
    if (!(error instanceof SyntaxError)) {
      return { path: '', code: 'too-large', message: `the JSON text could not be read: ${describeError(error)}` };
    }
    const found = jsonErrorPosition(body);
    const position = found >= 0 ? found : Number(/position (\d+)/.exec(error.message)?.[1] ?? body.length);
    const { line, column } = lineColumn(body, position);
    const detail = error.message
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/^JSON\.parse: /, '')
      .replace(/\r?\n/g, '\\n');
    return {
      path: '',
      code: 'invalid-json',
      message: `invalid JSON at position ${position} (line ${line}, column ${column}): ${detail}`,
    };
  }
}

function checkVersion(root: JObject, problems: Problems): boolean {
  const version: JValue | undefined = root.schemaVersion;
  if (version === undefined) {
    problems.add('/schemaVersion', 'missing-field', `the dataset has no "schemaVersion"; write "schemaVersion": "${SCHEMA_VERSION}"`);
  } else if (typeof version !== 'string') {
    problems.add('/schemaVersion', 'wrong-type', `schemaVersion must be the string "${SCHEMA_VERSION}", not ${describeValue(version)}`);
  } else if (version !== SCHEMA_VERSION) {
    problems.add(
      '/schemaVersion',
      'unsupported-version',
      `schemaVersion ${quote(version)} is not supported; this version of oob-charts reads "${SCHEMA_VERSION}"`,
    );
    return false;
  }
  return true;
}

function parseUnsafe(input: unknown): ParseResult {
  let data = input;
  if (typeof input === 'string') {
    const read = readJson(input);
    if (!('value' in read)) return fail([read]);
    data = read.value;
  }
  const problems = new Problems();
  // Parsed JSON is plain data that only this call holds: checked in place rather than copied.
  const copy = snapshot(data, problems, typeof input === 'string');
  if (!copy) return fail(problems.list());
  const root = copy.value;
  if (!isJObject(root)) {
    const what = typeof input === 'string' ? 'the JSON' : 'the input';
    problems.add('', 'wrong-type', `${what} must be an object (an order of battle), not ${describeValue(root)}`);
    return fail(problems.list());
  }
  // An unsupported version is reported alone: its other rules may differ from ours.
  if (!checkVersion(root, problems)) return fail(problems.list());

  // Ids are indexed before the walk, so that it settles valid references on the spot; the duplicates
  // found meanwhile are reported in their usual place, after the problems of structure and dates.
  const idProblems = new Problems();
  const ids = indexIds(root, idProblems);
  const dates = new DateCache();
  const collected = checkStructure(root, problems, { dates, ref: (to, id) => refExists(ids, to, id) });
  checkDates(collected.dates, dates, problems);
  checkDateOrder(root, dates.valid, problems);
  problems.addAll(idProblems);
  checkReferences(root, ids, collected.refs, collected.pointers, problems);
  checkHierarchy(root, ids.units, dates.valid, problems);
  if (problems.count > 0) return fail(problems.list());

  delete root.$schema;
  return { ok: true, dataset: buildDataset(root as unknown as OrderOfBattle, dates) };
}

/**
 * Validates an order of battle and builds its {@link Dataset}.
 *
 * @param input A JSON string, or an object in the format of {@link OrderOfBattle}.
 * @returns `{ ok: true, dataset }`, or `{ ok: false, problems }` listing every problem found (the
 *   first {@link MAX_PROBLEMS}, then one `too-large` problem counting the rest). Each problem has a
 *   JSON pointer `path` into the input, a `code` and a human-readable `message`. Never throws.
 */
export function parseOrderOfBattle(input: unknown): ParseResult {
  try {
    return parseUnsafe(input);
  } catch (error) {
    return fail([{ path: '', code: 'wrong-type', message: `the input could not be read: ${describeError(error)}` }]);
  }
}
