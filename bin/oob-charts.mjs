#!/usr/bin/env node
// oob-charts convert: CSV sheets or an ORBAT Mapper scenario -> an oob-charts dataset (JSON on
// stdout, problems on stderr). The command itself is src/data/import/cli.ts (built into dist/);
// this file only reads and writes files. In a checkout, run `npm run build` first.
import { readFileSync, writeFileSync } from 'node:fs';

let runCli;
try {
  ({ runCli } = await import('../dist/data/import/cli.js'));
} catch {
  process.stderr.write('oob-charts: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}

const outcome = runCli(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
if (outcome.file) writeFileSync(outcome.file.path, outcome.file.text);
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
