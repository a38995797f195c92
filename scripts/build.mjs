// npm run build: ESM modules + declarations (tsc), the self-contained bundle (esbuild), the manifest (cem).
// The bundle is split: the built-in dataset, which the elements import on demand, is a second file
// beside it (dist/oob-charts.ili-national-army-<hash>.js) that pages bringing their own data never load.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const run = (bin, args) => execFileSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.build.json']);
// milsymbol is loaded on demand (src/elements/shared/milsymbol.ts): it goes in a file of its own next to the bundle,
// fetched only by pages with SIDCs the built-in symbols cannot draw; the bundle stays one file for everyone else.
const onDemand = { name: 'on-demand', setup: (b) => b.onResolve({ filter: /milsymbol-draw\.js$/ }, () => ({ path: './oob-charts.milsymbol.js', external: true })) };
await build({
  entryPoints: { 'oob-charts.milsymbol': 'src/elements/shared/milsymbol-draw.ts' },
  bundle: true,
  splitting: true,
  chunkNames: 'oob-charts.[name]-[hash]',
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  conditions: ['production'],
  outdir: 'dist',
  tsconfig: 'tsconfig.json',
  legalComments: 'linked',
  logLevel: 'warning',
});
await build({
  plugins: [onDemand],
  entryPoints: { 'oob-charts.bundle': 'src/all.ts' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  // The map stays out of the package (files in package.json), so the bundle does not link to it.
  sourcemap: 'external',
  conditions: ['production'],
  outdir: 'dist',
  tsconfig: 'tsconfig.json',
  legalComments: 'linked',
  logLevel: 'warning',
});
run('cem', ['analyze', '--litelement']);
console.log('build: dist/ and custom-elements.json written');
