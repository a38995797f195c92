// npm run build: ESM modules + declarations (tsc), the script-tag bundle (scripts/bundle.mjs), the manifest (cem).
// The bundle is split: what the elements import on demand is in files beside it that a page loads
// only when it needs them: the built-in dataset (dist/oob-charts.ili-national-army-<hash>.js, for
// charts without data), milsymbol (dist/oob-charts.milsymbol-draw-<hash>.js, for SIDCs the
// built-in symbols cannot draw) and parts of the hierarchy (compare mode, its tooltip and minimap).
// Copy every dist/oob-charts.*.js file together.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildBundle } from './bundle.mjs';
import { checkCssTemplates, minifyCssTemplates } from './css-templates.mjs';

const run = (bin, args) => execFileSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit' });

checkCssTemplates();
rmSync('dist', { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.build.json']);
// Bundlers keep template text as written, so the modules ship their CSS minified already.
for (const file of readdirSync('dist', { recursive: true })) {
  if (!file.endsWith('.js')) continue;
  const source = readFileSync(`dist/${file}`, 'utf8');
  if (source.includes('css`')) writeFileSync(`dist/${file}`, minifyCssTemplates(source, `dist/${file}`).code);
}
const { legal } = await buildBundle({ dir: 'dist', write: true });
// Lit's BSD-3-Clause notices must ship with the bundle: a minifier that drops them fails the build.
if (!legal.includes('SPDX-License-Identifier: BSD-3-Clause'))
  throw new Error("build: the bundle's licence comments (Lit's) were not collected");
writeFileSync('dist/oob-charts.bundle.js.LEGAL.txt', `${legal}\n`);
run('cem', ['analyze', '--litelement']);
console.log('build: dist/ and custom-elements.json written');
