/**
 * `oob-charts convert`, without the file system: arguments and a file reader in, what to print and
 * the exit code out. `bin/oob-charts.mjs` does the reading and writing; the tests run this directly.
 */
import { fromCSV } from './from-csv.js';
import type { CsvSheets } from './from-csv.js';
import { fromOrbatMapper } from './from-orbat-mapper.js';
import { formatImportProblem } from './report.js';
import type { ImportResult } from './report.js';

export const USAGE = `Usage:
  oob-charts convert units.csv [--strength strength.csv] [--sides sides.csv] [--sources sources.csv]
                     [--changes changes.csv] [--events events.csv] [--title "My army"] [--lang en] [--out army.json]
  oob-charts convert scenario.json [--out army.json]     (an ORBAT Mapper scenario)

Writes the dataset as JSON to standard output (or --out) and every problem to standard error.
Exits with 1 when there are errors (the dataset is still written, to fix by hand), 2 on bad usage.
See docs/import.md.`;

/** What the command prints and writes, and its exit code: 0 converted, 1 with errors, 2 bad usage or unreadable file. */
export interface CliOutcome {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
  /** The dataset to write to a file, when `--out` was given. */
  file?: { path: string; text: string };
}

const SHEETS = ['strength', 'sides', 'sources', 'changes', 'events'] as const;
const VALUED = new Set<string>([...SHEETS, 'title', 'lang', 'out']);

/** Options as `--name value` or `--name=value`; `-o` is `--out`, `-h` is `--help`. */
function parseArgs(argv: readonly string[]): { options: Map<string, string>; positionals: string[]; help: boolean } | string {
  const options = new Map<string, string>();
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg.replace(/^--?/, ''), undefined];
    const name = flag === 'o' ? 'out' : flag;
    if (!VALUED.has(name)) return `unknown option "${arg}"`;
    const value = inline ?? argv[(i += 1)];
    if (value === undefined) return `option "${arg}" needs a value`;
    options.set(name, value);
  }
  return { options, positionals, help };
}

/** Runs `oob-charts <argv…>`; `read` returns a file's text and throws when it cannot. */
export function runCli(argv: readonly string[], read: (path: string) => string): CliOutcome {
  const usage = (message: string): CliOutcome => ({ code: 2, stdout: '', stderr: `oob-charts: ${message}\n\n${USAGE}\n` });
  const args = parseArgs(argv);
  if (typeof args === 'string') return usage(args);
  if (args.help) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  const [command, input, ...rest] = args.positionals;
  if (command !== 'convert') return usage(command === undefined ? 'no command given' : `unknown command "${command}"`);
  if (input === undefined) return usage('convert needs an input file');
  if (rest.length > 0) return usage(`unexpected arguments: ${rest.join(' ')}`);

  const texts = new Map<string, string>();
  for (const path of [input, ...SHEETS.flatMap((s) => args.options.get(s) ?? [])]) {
    try {
      texts.set(path, read(path));
    } catch (error) {
      return {
        code: 2,
        stdout: '',
        stderr: `oob-charts: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`,
      };
    }
  }
  let result: ImportResult;
  if (/\.json$/i.test(input)) {
    let scenario: unknown;
    try {
      scenario = JSON.parse(texts.get(input)!);
    } catch (error) {
      return {
        code: 1,
        stdout: '',
        stderr: `oob-charts: ${input} is not JSON: ${error instanceof Error ? error.message : String(error)}\n`,
      };
    }
    result = fromOrbatMapper(scenario);
  } else {
    const sheets: CsvSheets = { units: texts.get(input)! };
    for (const sheet of SHEETS) {
      const path = args.options.get(sheet);
      if (path !== undefined) sheets[sheet] = texts.get(path)!;
    }
    const title = args.options.get('title');
    const lang = args.options.get('lang');
    sheets.meta = { ...(title === undefined ? {} : { title }), ...(lang === undefined ? {} : { defaultLang: lang }) };
    result = fromCSV(sheets);
  }

  const lines = result.problems.map((p) => `${formatImportProblem(p)}\n`);
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  if (!result.ok) lines.push(`oob-charts: ${errors} error(s); the dataset does not pass parseOrderOfBattle yet\n`);
  const json = `${JSON.stringify(result.oob, null, 2)}\n`;
  const out = args.options.get('out');
  return {
    code: result.ok ? 0 : 1,
    stdout: out === undefined ? json : '',
    stderr: lines.join(''),
    ...(out === undefined ? {} : { file: { path: out, text: json } }),
  };
}
