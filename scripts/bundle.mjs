// The script-tag bundle (dist/oob-charts.bundle.js and the files it loads on demand), built with Rollup
// for scripts/build.mjs, and in memory for scripts/size.mjs, which measures what it writes.
// Rollup, not esbuild: code that the bundle and its on-demand chunks share (Lit, the data layer) is one
// chunk (as Vite splits it), where esbuild makes a file of each set of chunks that share some code:
// more requests, and about 3 KiB more gzip, as each file is compressed alone. esbuild still compiles
// the TypeScript; Terser minifies each chunk (about 4 KiB gzip smaller than esbuild's minifier on the
// bundle's up-front code, for 4 s more of build: it compresses over the whole chunk, esbuild statement
// by statement).
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { minify } from 'terser';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { minifyCssTemplates } from './css-templates.mjs';

/** `./module.js` in our TypeScript sources is `./module.ts` (as TypeScript and esbuild resolve it). */
const typescriptSources = {
  name: 'oob-typescript-sources',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const ts = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(ts) ? ts : null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const source = code.includes('css`') ? minifyCssTemplates(code, id).code : code;
    // The compiler options of tsconfig.json that change the JavaScript (Lit's decorators need both).
    const out = await transform(source, {
      loader: 'ts',
      target: 'es2022',
      sourcemap: true,
      sourcefile: id,
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } },
    });
    return { code: out.code, map: out.map };
  },
};

/** A licence comment (esbuild's rule for "legal comments"): it goes to the file beside the bundle. */
const isLegal = (text) => text.startsWith('!') || /@license|@preserve/.test(text);

/**
 * Minifies each chunk, with Terser (the script-tag bundle) or esbuild (as Vite does by default: what
 * `npm run size` reports for Vite users); licence comments go to `legal` (written beside the bundle).
 */
function minifyChunks(legal, minifier) {
  return {
    name: 'oob-minify',
    async renderChunk(code, chunk) {
      let licensed = false;
      let out;
      if (minifier === 'esbuild') {
        const built = await transform(code, {
          minify: true,
          target: 'es2022',
          format: 'esm',
          sourcemap: true,
          sourcefile: chunk.fileName,
          legalComments: 'external',
        });
        if (built.legalComments) legal.add(built.legalComments.trim());
        licensed = Boolean(built.legalComments);
        out = { code: built.code, map: built.map };
      } else {
        out = await minify(code, {
          module: true,
          ecma: 2020,
          // A second pass finds what the first one's inlining exposed (0.4 KiB); a third made it 0.2 KiB larger.
          compress: { passes: 2 },
          sourceMap: { asObject: true },
          format: {
            comments: (_node, comment) => {
              if (comment.type === 'comment2' && isLegal(comment.value)) {
                legal.add(`/*${comment.value}*/`);
                licensed = true;
              }
              return false;
            },
          },
        });
      }
      const link = licensed ? '/*! For license information please see oob-charts.bundle.js.LEGAL.txt */\n' : '';
      return { code: link + out.code, map: out.map };
    },
  };
}

/**
 * Bundles `input` (default: `src/all.ts`) for a `<script type="module">`: `oob-charts.bundle.js`, and
 * `oob-charts.<name>-<hash>.js` for each dynamic import (the built-in dataset, milsymbol, the
 * hierarchy's compare mode and extras). Returns Rollup's output chunks and the licence text.
 */
export async function buildBundle({ input = 'src/all.ts', dir, write = false, minifier = 'terser' } = {}) {
  const legal = new Set();
  const bundle = await rollup({
    input,
    // Code the bundle shares with its on-demand chunks goes in one chunk that the bundle file (then only
    // the package's exports) and the chunks import. Chunks that imported the bundle file itself would load
    // a second copy of everything on a page that adds a query to its URL (`oob-charts.bundle.js?v=2`).
    preserveEntrySignatures: 'strict',
    plugins: [typescriptSources, nodeResolve({ exportConditions: ['production'] })],
    onwarn(warning) {
      throw new Error(`bundle: ${warning.message}`);
    },
  });
  const options = {
    format: 'es',
    entryFileNames: 'oob-charts.bundle.js',
    chunkFileNames: 'oob-charts.[name]-[hash].js',
    // The maps stay out of the package (files in package.json), so the files do not link to them.
    sourcemap: 'hidden',
    plugins: [minifyChunks(legal, minifier)],
  };
  const { output } = write ? await bundle.write({ ...options, dir }) : await bundle.generate(options);
  await bundle.close();
  return { chunks: output.filter((o) => o.type === 'chunk'), legal: [...legal].join('\n\n') };
}
