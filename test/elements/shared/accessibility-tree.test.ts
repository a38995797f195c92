import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/elements/strength-chart/define.js';
import '../../../src/elements/rank-table/define.js';
import '../../../src/elements/hierarchy/define.js';
import type { OobStrengthChart } from '../../../src/elements/strength-chart/define.js';
import type { OobRankTable } from '../../../src/elements/rank-table/oob-rank-table.js';
import type { OobHierarchy } from '../../../src/elements/hierarchy/oob-hierarchy.js';
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import { tinyOob } from '../../fixtures/tiny-oob.js';

/**
 * What Chromium exposes to screen readers (its accessibility tree, scripts/wtr-ax-plugin.mjs), not
 * what the DOM holds: axe reads the DOM, so a table that CSS takes out of the tree (display: none,
 * or `content-visibility: auto` off-screen, which was tried for the hidden data table) passes axe
 * while screen readers lose it.
 */
interface AxNode {
  role: string;
  name: string;
  /** The name of the table, grid or tree the node is in. */
  container: string | undefined;
}
const axTree = (roles: string[]) => executeServerCommand<AxNode[], { roles: string[] }>('oob-ax-tree', { roles });
const count = (nodes: AxNode[], role: string) => nodes.filter((n) => n.role === role).length;

describe('the accessibility tree screen readers get', () => {
  it("a strength chart's visually hidden data tables: every figure and every event, as rows and cells of named tables", async () => {
    const el = await fixture<OobStrengthChart>(html`<oob-strength-chart style="display:block;width:600px"></oob-strength-chart>`);
    el.data = generateOrderOfBattle({ units: 200, observations: 600, seed: 5 });
    await el.updateComplete;
    await el.tableComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.data')?.classList.contains('sr-only'), 'the table is visually hidden').to.equal(true);
    const tables = [...root.querySelectorAll('.data table')];
    expect(tables.length).to.be.greaterThan(0);
    const nodes = await axTree(['table', 'row', 'columnheader', 'rowheader', 'cell']);
    for (const table of tables) {
      const caption = table.querySelector('caption')!.textContent!.trim();
      expect(
        nodes.some((n) => n.role === 'table' && n.name === caption),
        `a table named "${caption}"`,
      ).to.equal(true);
    }
    const domRows = root.querySelectorAll('.data tr').length;
    expect(domRows, 'rows of figures and events').to.be.greaterThan(50);
    expect(count(nodes, 'row'), 'every row, header rows included').to.equal(domRows);
    // The figures' table is laid out a section at a time (each section a CSS table of its own): its
    // rows, headers and cells are still those of one table, in that table.
    expect(count(nodes, 'table'), 'tables').to.equal(tables.length);
    const figures = root.querySelector('.data .figures') as HTMLTableElement;
    expect(figures.tBodies.length, 'the figures come in several sections').to.be.greaterThan(1);
    const caption = figures.caption!.textContent!.trim();
    const inFigures = (role: string) => nodes.filter((n) => n.role === role && n.container === caption).length;
    expect(inFigures('row'), 'rows in the figures table').to.equal(figures.rows.length);
    expect(inFigures('columnheader'), 'its column headers').to.equal(figures.querySelectorAll('th[scope="col"]').length);
    expect(inFigures('rowheader'), 'its row headers').to.equal(figures.querySelectorAll('th[scope="row"]').length);
    expect(inFigures('cell'), 'its cells').to.equal(figures.querySelectorAll('td').length);
  });

  it('a strength chart far below the fold: its named drawing and every bar, as on screen', async () => {
    // content-visibility: auto on the drawing made a page of 100 small charts paint in two thirds of
    // the time, and took every chart off screen out of this tree (its group, panels and bars).
    const page = await fixture<HTMLDivElement>(html`<div><div style="height: 4000px"></div></div>`);
    const far = document.createElement('oob-strength-chart');
    far.style.width = '600px';
    far.data = generateOrderOfBattle({ units: 30, observations: 12, seed: 3 });
    page.append(far);
    await far.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const root = far.shadowRoot!;
    const bars = [...root.querySelectorAll('.bar')].map((b) => b.getAttribute('aria-label'));
    expect(bars.length).to.be.greaterThan(3);
    const nodes = await axTree(['group', 'image']);
    const title = root.querySelector('svg.chart')!.getAttribute('aria-label');
    expect(
      nodes.some((n) => n.role === 'group' && n.name === title),
      `the chart's group "${title}"`,
    ).to.equal(true);
    const images = new Set(nodes.filter((n) => n.role === 'image').map((n) => n.name));
    expect(
      bars.filter((name) => images.has(name ?? '')),
      'its bars',
    ).to.deep.equal(bars);
  });

  it('a rank table is a table, and a hierarchy a tree of units', async () => {
    const ranks = await fixture<OobRankTable>(html`<oob-rank-table .data=${tinyOob()} style="display:block;width:800px"></oob-rank-table>`);
    await ranks.updateComplete;
    const rows = ranks.shadowRoot!.querySelectorAll('table tr').length;
    expect(rows).to.be.greaterThan(1);
    let nodes = await axTree(['table', 'row']);
    expect(count(nodes, 'table')).to.be.at.least(1);
    expect(count(nodes, 'row')).to.equal(rows);
    ranks.remove();

    const tree = await fixture<OobHierarchy>(
      html`<oob-hierarchy .data=${tinyOob()} style="display:block;width:800px;height:400px"></oob-hierarchy>`,
    );
    await tree.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await tree.updateComplete;
    const items = tree.shadowRoot!.querySelectorAll('[role="treeitem"]').length;
    expect(items).to.be.greaterThan(1);
    nodes = await axTree(['tree', 'treeitem']);
    expect(count(nodes, 'tree')).to.equal(1);
    expect(count(nodes, 'treeitem')).to.equal(items);
  });
});
