#!/usr/bin/env node
// oob-charts convert: CSV sheets or an ORBAT Mapper scenario -> an oob-charts dataset (JSON on
// stdout, problems on stderr). Runs the built converters in dist/ (npm run build in a checkout).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = `Usage:
  oob-charts convert units.csv [--strength strength.csv] [--sides sides.csv] [--sources sources.csv]
                     [--changes changes.csv] [--title "My army"] [--lang en] [--out army.json]
  oob-charts convert scenario.json [--out army.json]     (an ORBAT Mapper scenario)

Writes the dataset as JSON to standard output (or --out) and every problem to standard error.
Exits with 1 when there are errors (the dataset is still written, to fix by hand), 2 on bad usage.
See docs/import.md.`;

function fail(message) {
  process.stderr.write(`oob-charts: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      strength: { type: 'string' },
      sides: { type: 'string' },
      sources: { type: 'string' },
      changes: { type: 'string' },
      title: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [command, input, ...rest] = positionals;
if (command !== 'convert') fail(command === undefined ? 'no command given' : `unknown command "${command}"`);
if (input === undefined) fail('convert needs an input file');
if (rest.length > 0) fail(`unexpected arguments: ${rest.join(' ')}`);

function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    process.stderr.write(`oob-charts: cannot read ${path}: ${error.message}\n`);
    process.exit(2);
  }
}

const { fromCSV, fromOrbatMapper, formatImportProblem } = await import('../dist/data/import/index.js').catch(() => {
  process.stderr.write('oob-charts: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
});

let result;
if (/\.json$/i.test(input)) {
  let scenario;
  try {
    scenario = JSON.parse(read(input));
  } catch (error) {
    process.stderr.write(`oob-charts: ${input} is not JSON: ${error.message}\n`);
    process.exit(1);
  }
  result = fromOrbatMapper(scenario);
} else {
  const meta = {};
  if (values.title !== undefined) meta.title = values.title;
  if (values.lang !== undefined) meta.defaultLang = values.lang;
  const sheets = { units: read(input), meta };
  for (const key of ['strength', 'sides', 'sources', 'changes']) if (values[key] !== undefined) sheets[key] = read(values[key]);
  result = fromCSV(sheets);
}

for (const problem of result.problems) process.stderr.write(`${formatImportProblem(problem)}\n`);
const json = `${JSON.stringify(result.oob, null, 2)}\n`;
if (values.out !== undefined) writeFileSync(values.out, json);
else process.stdout.write(json);
const errors = result.problems.filter((p) => p.severity === 'error').length;
if (errors > 0 || !result.ok) process.stderr.write(`oob-charts: ${errors} error(s); the dataset does not pass parseOrderOfBattle yet\n`);
process.exit(result.ok ? 0 : 1);
