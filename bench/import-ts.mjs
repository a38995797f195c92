// Bench scripts that run in Node use the library's TypeScript sources: esbuild bundles the exports
// they name into one module in a temporary folder, which is imported and then removed.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Imports `lines` (export statements with paths from the repository root) as one bundled module. */
export async function importTypeScript(lines) {
  const dir = mkdtempSync(join(tmpdir(), 'oob-bench-'));
  const outfile = join(dir, 'bundle.mjs');
  try {
    await build({
      stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
