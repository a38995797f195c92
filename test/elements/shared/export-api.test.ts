import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/hierarchy/define.js';
import '../../../src/elements/strength-chart/define.js';
import '../../../src/elements/rank-table/define.js';
import { tinyOob } from '../../fixtures/tiny-oob.js';

/**
 * The three charts that export images answer alike: `toSVG()` resolves to the document, or to an
 * empty string when nothing is drawn, and `toPNG()` rejects then, saying there is nothing to export.
 */
type Exporter = HTMLElement & {
  toSVG(): Promise<string>;
  toPNG(options?: { scale?: number }): Promise<Blob>;
  updateComplete: Promise<boolean>;
};

const noRanks = () => ({ ...tinyOob(), rankSystems: [] });
const noUnits = () => ({ ...tinyOob(), units: [], roles: [], strength: [] });
const cases: { name: string; drawn: () => TemplateResult; empty: () => TemplateResult }[] = [
  {
    name: 'oob-hierarchy',
    drawn: () => html`<oob-hierarchy .data=${tinyOob()} style="width:600px;height:360px"></oob-hierarchy>`,
    empty: () => html`<oob-hierarchy .data=${noUnits()} style="width:600px;height:360px"></oob-hierarchy>`,
  },
  {
    name: 'oob-strength-chart',
    drawn: () => html`<oob-strength-chart .data=${tinyOob()} side="all" style="width:600px"></oob-strength-chart>`,
    empty: () => html`<oob-strength-chart .data=${tinyOob()} measure="tanks" style="width:600px"></oob-strength-chart>`,
  },
  {
    name: 'oob-rank-table',
    drawn: () => html`<oob-rank-table .data=${tinyOob()} style="width:600px"></oob-rank-table>`,
    empty: () => html`<oob-rank-table .data=${noRanks()} style="width:600px"></oob-rank-table>`,
  },
];

async function mount(template: TemplateResult): Promise<Exporter> {
  const el = await fixture<Exporter>(template);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

describe('toSVG() and toPNG() alike in every chart', () => {
  for (const { name, drawn, empty } of cases) {
    it(`${name}: a document when drawn; when nothing is drawn, an empty string and a PNG that says why it cannot be made`, async () => {
      const el = await mount(drawn());
      expect(await el.toSVG()).to.match(/^<svg\b/);
      expect((await el.toPNG({ scale: 1 })).type).to.equal('image/png');

      const none = await mount(empty());
      expect(await none.toSVG()).to.equal('');
      const error = await none.toPNG().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, 'toPNG() rejects').to.be.instanceOf(Error);
      expect((error as Error).message).to.match(new RegExp(`^${name}: nothing to export`));
    });
  }
});
