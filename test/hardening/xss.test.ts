import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { iliNationalArmy } from '../../src/data/ili-national-army.js';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import type { OrderOfBattle } from '../../src/data/types.js';
import '../../src/elements/dataset/define.js';
import '../../src/elements/hierarchy/define.js';
import '../../src/elements/rank-table/define.js';
import '../../src/elements/strength-chart/define.js';
import '../../src/elements/timeline/define.js';
import { scaled } from '../support/stress.js';
import { composedElements, dangerousMarks, formulaCells, PAYLOADS, svgProblems, tagNames, xssHits } from '../support/xss.js';

/**
 * The XSS corpus in every text field of the built-in dataset, drawn by every element and exported
 * (toSVG, toCSV where the element has them). Payloads rotate over the fields: in round r, field i
 * holds payload (i + r) mod 34, so every round uses every payload and, over 34 rounds
 * (`npm run test:stress`), every field gets every payload. `npm test` runs the first rounds.
 */
type Path = (string | number)[];

/** Fields that are ids, references, dates, enumerations, colours or numbers-as-text: not free text. */
const NOT_TEXT = new Set([
  'id',
  'parent',
  'source',
  'subject',
  'measure',
  'date',
  'formed',
  'dissolved',
  'from',
  'to',
  'type',
  'echelon',
  'arm',
  'side',
  'lang',
  'dir',
  'kind',
  'category',
  'group',
  'rank',
  'person',
  'unit',
  'nato',
  'shape',
  'field',
  'basis',
  'base',
  'piping',
  'color',
  'emblem',
  'size',
  'width',
  'arrangement',
  'affiliation',
  'schemaVersion',
  '$schema',
  'licence',
  'defaultLang',
  'perspective',
  'about',
  'topic',
  'published',
  'accessed',
  'dateRange',
  'disputes',
  'sides',
  'units',
  'url',
  'follows',
  'born',
  'died',
]);

function stringFields(root: unknown): Path[] {
  const out: Path[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: Path };
    if (typeof value === 'string') {
      const key = [...path].reverse().find((k) => typeof k === 'string');
      if (key !== undefined && !NOT_TEXT.has(key)) out.push(path);
    } else if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return out.sort((a, b) => a.join('/').localeCompare(b.join('/')));
}

function setAt(root: unknown, path: Path, value: string): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}
const pointer = (path: Path) => `/${path.join('/')}`;

/** The text fields: string fields the dataset stays valid with when they hold payloads. */
function textFields(): Path[] {
  let fields = stringFields(iliNationalArmy);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const oob = withPayloads(fields, 0);
    const result = parseOrderOfBattle(oob);
    if (result.ok) return fields;
    const bad = new Set(result.problems.map((p) => p.path));
    fields = fields.filter((f) => !bad.has(pointer(f)));
  }
  throw new Error('could not find text fields that accept any text');
}

function withPayloads(fields: readonly Path[], round: number): OrderOfBattle {
  const oob = structuredClone(iliNationalArmy);
  fields.forEach((path, i) => setAt(oob, path, `${PAYLOADS[(i + round) % PAYLOADS.length]} #${i}`));
  return oob;
}

interface Mounted {
  name: string;
  template: (data: OrderOfBattle) => TemplateResult;
}
const ELEMENTS: Mounted[] = [
  {
    name: 'oob-hierarchy',
    template: (d) => html`<oob-hierarchy .data=${d} depth="99" style="width: 900px; height: 500px"></oob-hierarchy>`,
  },
  {
    name: 'oob-strength-chart',
    template: (d) => html`<oob-strength-chart .data=${d} side="all" show-table style="width: 900px"></oob-strength-chart>`,
  },
  { name: 'oob-rank-table', template: (d) => html`<oob-rank-table .data=${d} style="width: 900px"></oob-rank-table>` },
  { name: 'oob-timeline', template: (d) => html`<oob-timeline .data=${d} style="width: 900px"></oob-timeline>` },
  {
    name: 'oob-dataset',
    template: (d) =>
      html`<oob-dataset .data=${d}><oob-strength-chart style="width: 900px"></oob-strength-chart><p>page text</p></oob-dataset>`,
  },
];

interface Exports {
  toSVG?: () => Promise<string>;
  toCSV?: () => string;
}

async function render(element: Mounted, data: OrderOfBattle): Promise<{ el: HTMLElement; elements: Element[] }> {
  const el = await fixture<HTMLElement>(element.template(data));
  await aTimeout(60);
  for (const inner of composedElements(el)) await (inner as { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return { el, elements: composedElements(el) };
}

describe('the XSS corpus in every text field, every element and export (issue 12)', function () {
  this.timeout(600_000);
  const fields = textFields();
  const rounds = scaled(3, PAYLOADS.length);
  const baseline = new Map<string, Set<string>>();
  const csvFindings: string[] = [];

  before(async () => {
    for (const element of ELEMENTS) baseline.set(element.name, tagNames((await render(element, iliNationalArmy)).elements));
  });

  it(`finds the text fields of the built-in dataset (${fields.length})`, () => {
    expect(PAYLOADS).to.have.length(34);
    expect(fields.length).to.be.greaterThan(300);
  });

  for (let round = 0; round < rounds; round += 1) {
    it(`round ${round + 1}/${rounds}: ${PAYLOADS.length} payloads over ${fields.length} fields x ${ELEMENTS.length} elements: nothing runs or is created, exports are clean`, async () => {
      const data = withPayloads(fields, round);
      for (const element of ELEMENTS) {
        const { el, elements } = await render(element, data);
        expect(el.shadowRoot?.querySelector('[role="alert"]'), `${element.name}: the payload dataset is valid and draws`).to.equal(null);
        const known = baseline.get(element.name) as Set<string>;
        expect(
          [...tagNames(elements)].filter((t) => !known.has(t)),
          `${element.name}: elements made from payloads`,
        ).to.deep.equal([]);
        expect(dangerousMarks(elements), `${element.name}: handlers or script URLs`).to.deep.equal([]);
        const api = el as HTMLElement & Exports;
        if (typeof api.toSVG === 'function') {
          const exported = await api.toSVG();
          expect(exported, `${element.name}.toSVG() exports the chart drawn`).to.match(/^<svg\b/);
          expect(svgProblems(exported), `${element.name}.toSVG()`).to.deep.equal([]);
        }
        if (typeof api.toCSV === 'function')
          csvFindings.push(...formulaCells(api.toCSV()).map((c) => `${element.name}: ${c.slice(0, 50)}`));
        el.remove();
      }
      await aTimeout(50);
      expect(xssHits, 'payloads that ran').to.deep.equal([]);
    });
  }

  it('payloads in ids and references end in the error panel, and nothing runs there either', async () => {
    const oob = structuredClone(iliNationalArmy) as unknown as { units: { id: string; parent?: string }[] };
    oob.units.forEach((u, i) => {
      u.id = `${PAYLOADS[i % PAYLOADS.length]}`;
      if (u.parent !== undefined) u.parent = PAYLOADS[(i + 1) % PAYLOADS.length] as string;
    });
    for (const element of ELEMENTS) {
      const { el, elements } = await render(element, oob as unknown as OrderOfBattle);
      expect(el.shadowRoot?.querySelector('[role="alert"]'), `${element.name}: error panel`).to.not.equal(null);
      expect(dangerousMarks(elements), element.name).to.deep.equal([]);
      expect(
        elements.filter((e) => ['script', 'img', 'iframe', 'svg'].includes(e.localName) && e.closest('[role="alert"]')).length,
        element.name,
      ).to.equal(0);
      el.remove();
    }
    await aTimeout(50);
    expect(xssHits).to.deep.equal([]);
  });

  // Issue 12 item 8: a formula after leading spaces (" =cmd|...") used to go out unguarded.
  it('toCSV() guards every payload cell that a spreadsheet would run as a formula (leading spaces too)', () => {
    expect(csvFindings).to.deep.equal([]);
  });

  after(() => {
    console.log(
      `XSS: ${PAYLOADS.length} payloads, ${fields.length} text fields, ${ELEMENTS.length} elements, ${rounds} rounds: ` +
        `${(rounds * fields.length).toLocaleString('en')} field-payload pairs per element (${(rounds * fields.length * ELEMENTS.length).toLocaleString('en')} renders of a payload), ${xssHits.length} ran`,
    );
  });
});
