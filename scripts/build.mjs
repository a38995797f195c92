// npm run build: ESM modules + declarations (tsc), the script-tag bundle (esbuild), the manifest (cem).
// The bundle is split: what the elements import on demand is in files beside it that a page loads
// only when it needs them: the built-in dataset (dist/oob-charts.ili-national-army-<hash>.js, for
// charts without data) and milsymbol (dist/oob-charts.milsymbol-draw-<hash>.js, for SIDCs the
// built-in symbols cannot draw). Copy every dist/oob-charts.*.js file together.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const run = (bin, args) => execFileSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.build.json']);
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
  logLevel: 'warning',
});
run('cem', ['analyze', '--litelement']);
console.log('build: dist/ and custom-elements.json written');
