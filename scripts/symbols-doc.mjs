// Writes docs/symbols.md from src/symbols (through stories/symbols-reference.ts), so the page shows
// exactly what the charts draw. test/elements/shared/symbols-doc.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = await build({
  entryPoints: ['stories/symbols-reference.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
const { symbolsMarkdown } = await import(url);
writeFileSync('docs/symbols.md', symbolsMarkdown());
console.log('symbols-doc: docs/symbols.md written');
