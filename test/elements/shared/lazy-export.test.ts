import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/hierarchy/define.js';
import '../../../src/elements/strength-chart/define.js';
import '../../../src/elements/rank-table/define.js';
import { exportCode } from '../../../src/elements/hierarchy/on-demand-code.js';
import { exportImageCode } from '../../../src/elements/shared/on-demand.js';
import { tinyOob } from '../../fixtures/tiny-oob.js';
import { ImportControl, requestedFiles } from '../../support/on-demand.js';

/**
 * The image export is code a first paint never runs: each element loads it with its first `toSVG()`
 * or `toPNG()` (which are async for it), so a page that never exports never downloads it. Its own
 * file, so that the page has loaded no export code before the first test.
 */

type Exporter = HTMLElement & { toSVG(): Promise<string>; toPNG(): Promise<Blob>; updateComplete: Promise<boolean> };

/** The export modules the page has requested so far. */
const exportFilesLoaded = () => requestedFiles(/\/(export-svg|export-tree|export-png|export-image)\.(ts|js)$|\/rank-table\/grid\.ts$/);

async function mountAll(): Promise<Exporter[]> {
  const data = tinyOob();
  const box = await fixture<HTMLElement>(html`<div style="width:640px">
    <oob-hierarchy .data=${data} style="height:360px"></oob-hierarchy>
    <oob-strength-chart .data=${data}></oob-strength-chart>
    <oob-rank-table .data=${data}></oob-rank-table>
  </div>`);
  const charts = [...box.children] as Exporter[];
  await Promise.all(charts.map((c) => c.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return charts;
}

describe('the image export loads on demand', () => {
  it('is not loaded by a first paint, nor for a chart with nothing drawn, and each element loads it with its first toSVG()', async () => {
    const empty = await fixture<Exporter>(html`<oob-strength-chart .data=${tinyOob()} measure="tanks"></oob-strength-chart>`);
    await empty.updateComplete;
    expect(await empty.toSVG(), 'nothing drawn').to.equal('');
    const charts = await mountAll();
    for (const chart of charts) expect(chart.shadowRoot?.querySelector('[role="alert"]'), chart.localName).to.equal(null);
    expect(exportFilesLoaded(), 'export code requested by a first paint').to.deep.equal([]);
    expect(exportImageCode.loaded).to.equal(undefined);
    expect(exportCode.loaded).to.equal(undefined);

    for (const chart of charts) {
      const text = await chart.toSVG();
      expect(text, chart.localName).to.match(/^<svg\b/);
      expect(text.length, chart.localName).to.be.greaterThan(500);
    }
    expect(exportCode.loaded, "the hierarchy's export").to.not.equal(undefined);
    expect(exportImageCode.loaded, 'the shared standalone-SVG copy').to.not.equal(undefined);
    const loaded = exportFilesLoaded();
    expect(loaded.some((p) => p.endsWith('/hierarchy/export-svg.ts'))).to.equal(true);
    expect(loaded.some((p) => p.endsWith('/rank-table/export-svg.ts'))).to.equal(true);
  });

  it('rejects when its code cannot be fetched, and the next export fetches it again', async () => {
    const [, strength] = await mountAll();
    const code = new ImportControl(exportImageCode);
    code.forget();
    code.fail('export-image.js');
    try {
      const failed = await (strength as Exporter).toSVG().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(String(failed)).to.contain('Failed to fetch');
    } finally {
      code.restore();
    }
    expect(code.attempts).to.equal(1);
    expect(await (strength as Exporter).toSVG()).to.match(/^<svg\b/);
  });

  it('a chart removed while the code loads exports nothing (it has no styles left to copy), and its PNG says so', async () => {
    const [hierarchy, strength] = await mountAll();
    for (const [chart, on] of [
      [hierarchy, exportCode],
      [strength, exportImageCode],
    ] as const) {
      const code = new ImportControl<unknown>(on);
      code.forget();
      code.hold();
      try {
        const exported = (chart as Exporter).toSVG();
        (chart as Exporter).remove();
        code.release();
        expect(await exported, (chart as Exporter).localName).to.equal('');
        const png = await (chart as Exporter).toPNG().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(String(png), (chart as Exporter).localName).to.contain('nothing to export');
      } finally {
        code.restore();
      }
    }
  });
});
