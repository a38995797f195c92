// npm run build: ESM modules + declarations (tsc), the script-tag bundle (esbuild), the manifest (cem).
// The bundle is split: what the elements import on demand is in files beside it that a page loads
// only when it needs them: the built-in dataset (dist/oob-charts.ili-national-army-<hash>.js, for
// charts without data) and milsymbol (dist/oob-charts.milsymbol-draw-<hash>.js, for SIDCs the
// built-in symbols cannot draw). Copy every dist/oob-charts.*.js file together.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { checkCssTemplates, minifyCssTemplates, minifyCssTemplatesPlugin } from './css-templates.mjs';

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
await build({
  entryPoints: { 'oob-charts.bundle': 'src/all.ts' },
  bundle: true,
  splitting: true,
  chunkNames: 'oob-charts.[name]-[hash]',
  format: 'esm',
  target: 'es2022',
  minify: true,
  // The maps stay out of the package (files in package.json), so the files do not link to them.
  sourcemap: 'external',
  conditions: ['production'],
  outdir: 'dist',
  tsconfig: 'tsconfig.json',
  legalComments: 'linked',
  plugins: [minifyCssTemplatesPlugin],
  logLevel: 'warning',
});
run('cem', ['analyze', '--litelement']);
console.log('build: dist/ and custom-elements.json written');
