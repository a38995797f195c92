// npm run test:ssr: renders the charts on the server with @lit-labs/ssr and checks the HTML.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
await build({
  entryPoints: ['test/ssr/render.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  conditions: ['node', 'production'],
  outfile: '.tmp/ssr-render.mjs',
  tsconfig: 'tsconfig.json',
  logLevel: 'error',
});
const html = JSON.parse(
  execFileSync(process.execPath, ['--import', '@lit-labs/ssr/lib/install-global-dom-shim.js', '.tmp/ssr-render.mjs'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  }),
);
const text = (s) => s.replace(/<style>[\s\S]*?<\/style>/g, '');
const checks = [
  ['hierarchy renders declarative shadow DOM', /<template shadowroot(mode)?="open"/.test(html.hierarchy)],
  ['hierarchy HTML has the ARIA tree', /role="tree"/.test(text(html.hierarchy))],
  [
    'hierarchy HTML names the regiments',
    ['Suidun Infantry Regiment', 'Dungan Regiment', 'Kazakh Cavalry Regiment'].every((n) => text(html.hierarchy).includes(n)),
  ],
  [
    "hierarchy on 1947-12-31 includes Osman Batur's irregulars (the Kazakh cavalry defected to them)",
    /Kazakh irregulars under Osman Batur/.test(text(html.hierarchy)),
  ],
  ['indented hierarchy renders', /Sibo Battalion/.test(text(html.hierarchyIndented))],
  ['strength chart renders its SVG', /<svg[^>]*class="chart"/.test(text(html.strength)) || /<svg/.test(text(html.strength))],
  ['rank table renders a real table with the ranks', /<table/.test(text(html.rankTable)) && text(html.rankTable).includes('Major General')],
  ['no element failed', Object.values(html).every((s) => !s.startsWith('ERROR'))],
];
for (const [name, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
for (const [name, s] of Object.entries(html)) if (s.startsWith('ERROR')) console.log(`  ${name}: ${s.slice(0, 400)}`);
const failed = checks.filter(([, ok]) => !ok).length;
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
