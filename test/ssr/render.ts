/**
 * Server-side rendering check (Node, not the browser suite): renders each chart with @lit-labs/ssr
 * to declarative shadow DOM HTML and prints it as JSON. Run by `npm run test:ssr`.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/elements/hierarchy/define.js';
import '../../src/elements/strength-chart/define.js';
import '../../src/elements/rank-table/define.js';
import { loadBuiltInDataset } from '../../src/index.js';

// The built-in dataset loads on demand; a server renders synchronously, so load it first.
await loadBuiltInDataset();

const pages = {
  hierarchy: html`<oob-hierarchy date="1947-12-31"></oob-hierarchy>`,
  hierarchyIndented: html`<oob-hierarchy layout="indented" date="1945-04-08"></oob-hierarchy>`,
  strength: html`<oob-strength-chart measure="personnel"></oob-strength-chart>`,
  rankTable: html`<oob-rank-table></oob-rank-table>`,
};

const out: Record<string, string> = {};
for (const [name, template] of Object.entries(pages)) {
  try {
    out[name] = collectResultSync(render(template));
  } catch (error) {
    out[name] = `ERROR: ${error instanceof Error ? error.message : String(error)}`;
  }
}
process.stdout.write(JSON.stringify(out));
