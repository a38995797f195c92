import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dataset/define.js';
import '../../../src/elements/timeline/define.js';
import type { OobDataset } from '../../../src/elements/dataset/oob-dataset.js';
import type { OobHierarchy } from '../../../src/elements/hierarchy/oob-hierarchy.js';
import type { OobTimeline } from '../../../src/elements/timeline/oob-timeline.js';
import { emulateMediaFeatures, resetMedia } from '../../support/media.js';
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import { MAX_LISTED } from '../../../src/elements/hierarchy/render-compare.js';
import { chartsState, openPage, removeFrames, settle as settleFrame, until } from '../../embedding/pages.js';
import { $, $$, mini, mount, node, nodeIds, settle, text } from './helpers.js';

/**
 * `<oob-hierarchy compare>` on the built-in dataset (what its sources say changed between April
 * 1945 and December 1949: the army incorporated into the PLA on 22 December 1949, the Sibo and
 * Mongol battalions upgraded "later", the Kazakh cavalry's 1947 defection to Osman Batur) and on
 * small made-up armies for the kinds the built-in one does not have.
 */

/** A redesignated unit's old name, drawn beside its treeitem. */
const oldName = (el: OobHierarchy, id: string) => $(el, `.node-old-name[data-for="${id}"] .old-name`) as SVGTextElement | null;
const marks = (el: OobHierarchy, id: string) => $$(node(el, id), '.mark').map((m) => (m as SVGElement).dataset.kind);
const changeItems = (el: OobHierarchy) => $$(el, 'ol.changes li').map((li) => text(li));

async function ina(attrs = ''): Promise<OobHierarchy> {
  const el = await mount(
    html`<oob-hierarchy date="1949-12" compare="1945-04" depth="3" style="width:1100px;height:560px"></oob-hierarchy>`,
  );
  if (attrs === 'changes-only') {
    el.changesOnly = true;
    await settle(el);
  }
  return el;
}

describe('<oob-hierarchy compare>: the built-in dataset, April 1945 against December 1949', () => {
  it('draws the union of both trees, the Kazakh cavalry under Osman Batur and a dashed link to its old superior', async () => {
    const el = await ina();
    expect(nodeIds(el)).to.have.members([
      'ina',
      'suidun-infantry-regiment',
      'ghulja-regiment',
      'kensai-regiment',
      'ghulja-reserve-regiment',
      'dungan-regiment',
      'artillery',
      'sibo-battalion',
      'mongol-battalion',
      'aviation',
      'osman-batur-irregulars',
      'kazakh-cavalry-regiment',
    ]);
    const old = $$(el, '.links .old-link');
    expect(old.map((l) => [(l as SVGElement).dataset.source, (l as SVGElement).dataset.target])).to.deep.equal([
      ['ina', 'kazakh-cavalry-regiment'],
    ]);
    expect(getComputedStyle(old[0] as Element).strokeDasharray).to.not.equal('none');
    // The new superior's link is solid.
    expect($$(el, '.links .link:not(.old-link)').every((l) => getComputedStyle(l).strokeDasharray === 'none')).to.equal(true);
  });

  it('marks each change on its node with shapes and words, never colour alone', async () => {
    const el = await ina();
    for (const id of ['sibo-battalion', 'mongol-battalion']) {
      expect(node(el, id).dataset.change).to.equal('upgraded');
      // The upgrade is dated only "later" (8 April 1945 to 22 December 1949): it may predate April 1945.
      expect(marks(el, id)).to.deep.equal(['upgraded', 'uncertain']);
      expect(node(el, id).getAttribute('aria-label')).to.contain('upgraded, date uncertain');
    }
    expect(node(el, 'kazakh-cavalry-regiment').dataset.change).to.equal('defected moved');
    expect(marks(el, 'kazakh-cavalry-regiment')).to.deep.equal(['defected', 'moved']);
    expect(node(el, 'kazakh-cavalry-regiment').getAttribute('aria-label')).to.contain('changed side, moved');
    expect(node(el, 'ina').dataset.change).to.equal('defected downgraded redesignated');
    expect(marks(el, 'ina')).to.deep.equal(['defected', 'downgraded', 'redesignated']);
    expect(node(el, 'suidun-infantry-regiment').dataset.change).to.equal('unchanged');
    expect(marks(el, 'suidun-infantry-regiment')).to.deep.equal([]);
    // Each kind is its own shape: the paths differ.
    const shapes = new Set($$(el, '.node .mark .mark-shape').map((p) => p.getAttribute('d')));
    expect(shapes.size).to.equal(5);
    for (const m of $$(el, '.node .mark')) expect($(m, 'title')?.textContent).to.be.a('string').and.not.equal('');
    // Each mark names its change in words with the source, as the summary does.
    const title = (id: string, kind: string) => $(node(el, id), `.mark[data-kind="${kind}"] title`)?.textContent;
    expect(title('kazakh-cavalry-regiment', 'defected')).to.equal(
      'changed side\nKazakh Cavalry Regiment: defected to Kazakh irregulars under Osman Batur, 1947 (Ili National Army)',
    );
    expect(title('sibo-battalion', 'uncertain')).to.contain('8 Apr 1945–22 Dec 1949 (may be before the earlier date) (Ili National Army)');
    expect(title('ina', 'redesignated')).to.contain('(Ili National Army [5])');
  });

  it('draws a right-to-left old name in the Arabic-script font stack, like the names (it was given the Latin stack)', async () => {
    const data = mini(
      [
        { id: 'army', name: 'Army', echelon: 'army' },
        {
          id: 'a',
          parent: 'army',
          name: 'Ili Brigade',
          names: [{ text: 'ئىلى بىرىگادىسى', lang: 'ug-Arab', dir: 'rtl' }],
          echelon: 'brigade',
          changes: [{ type: 'redesignated', date: '1942', to: { name: 'New Brigade' } }],
        },
      ],
      { meta: { title: 'Test', defaultLang: 'en', dateRange: '1940/1945' } },
    );
    const el = await mount(
      html`<oob-hierarchy .data=${data} date="1943" compare="1941" lang="ug" style="width:800px;height:480px"></oob-hierarchy>`,
    );
    const old = oldName(el, 'a') as SVGTextElement;
    expect(text(old)).to.equal('ئىلى بىرىگادىسى');
    expect(getComputedStyle(old).fontFamily).to.contain('Arabic');
    await expect(el).to.be.accessible();
  });

  it('names a redesignated unit whose old name is cut on screen with its full old name, drawn beside the item, and passes axe', async () => {
    // The old name takes the commander's line: a long one is cut there, whatever the font.
    const long = 'Second Provisional Mountain Rifle Brigade of the Northern Frontier District';
    const data = mini(
      [
        { id: 'army', name: 'Army', echelon: 'army' },
        {
          id: 'a',
          parent: 'army',
          name: long,
          echelon: 'brigade',
          changes: [{ type: 'redesignated', date: '1942', to: { name: 'New Brigade' } }],
        },
      ],
      { meta: { title: 'Test', defaultLang: 'en', dateRange: '1940/1945' } },
    );
    for (const width of [360, 800]) {
      const el = await mount(
        html`<oob-hierarchy .data=${data} date="1943" compare="1941" style=${`width:${width}px;height:480px`}></oob-hierarchy>`,
      );
      const unit = node(el, 'a');
      const drawn = text(oldName(el, 'a'));
      expect(drawn.endsWith('…'), `old name cut at ${width} px: ${drawn}`).to.equal(true);
      const label = unit.getAttribute('aria-label') ?? '';
      expect(label.startsWith(`New Brigade, former name: ${long}, `), label).to.equal(true);
      expect(oldName(el, 'a')?.closest('[role="treeitem"]'), 'the old name is drawn beside the item, not in it').to.equal(null);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('shows the redesignated army under its new name with the old one struck through beside it', async () => {
    const el = await ina();
    const army = node(el, 'ina');
    expect(text($(army, '.label'))).to.equal('Xinjiang 5th Army Corps');
    const old = oldName(el, 'ina') as SVGTextElement;
    expect(text(old)).to.equal('East Turkistan National Army');
    expect(getComputedStyle(old).textDecorationLine).to.equal('line-through');
    expect(army.getAttribute('aria-label')).to.match(
      /^Xinjiang 5th Army Corps, former name: East Turkistan National Army, .*changed side, downgraded, redesignated$/,
    );
  });

  // axe's label-in-name rule reads the drawn texts of a treeitem as one run. It counted a cut Uyghur
  // old name in some pages and not in others (its icon-ligature test on Arabic script), so the old
  // name is drawn beside the item and the run is name and badge, with the old name after them in full.
  it('names a folded redesignated unit with its drawn name and badge in one run, the old name after them (label in name, right-to-left, 600 px)', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div dir="rtl"><oob-hierarchy date="1949-12" compare="1945-04" lang="ug" style="width:600px;height:560px"></oob-hierarchy></div>`,
    );
    const el = wrap.querySelector('oob-hierarchy') as OobHierarchy;
    await settle(el);
    const army = node(el, 'ina');
    expect(army.getAttribute('aria-expanded'), 'the army is folded, its badge drawn').to.equal('false');
    const label = army.getAttribute('aria-label') ?? '';
    expect(label.startsWith(`${text($(army, '.label'))}, 9 subordinate units hidden, former name: `), label).to.equal(true);
    await expect(wrap).to.be.accessible();
  });

  it('has a legend of the kinds drawn, each with its mark, its words and its count', async () => {
    const el = await ina();
    const items = $$(el, '.legend .legend-item');
    // Everything is open: no collapsed unit hides a change, so that mark is not in the legend.
    expect(items.map((i) => (i as HTMLElement).dataset.kind)).to.deep.equal(['defected', 'upgraded']);
    expect(items.map((i) => text(i))).to.deep.equal(['changed side: 3', 'upgraded: 2']);
    for (const i of items) expect($(i, 'svg.mark path')).to.exist;
    expect(text($(el, '.caption'))).to.equal('Apr 1945 → Dec 1949 · 5 units changed');
    // The words are strings a page can translate: the legend and the names follow.
    el.strings = { 'change.defected': 'side changed (translated)' };
    await settle(el);
    expect(text($(el, '.legend .legend-item'))).to.equal('side changed (translated): 3');
    expect(node(el, 'kazakh-cavalry-regiment').getAttribute('aria-label')).to.contain('side changed (translated), moved');
    // So do the summary's sentences (their own keys: "defected to" is not the legend's "changed side").
    el.strings = { 'describe.defectedTo': 'übergelaufen zu {target}', 'describe.sentence': '{unit} – {what} ({date})' };
    await settle(el);
    expect(changeItems(el)).to.include(
      'Kazakh Cavalry Regiment – übergelaufen zu Kazakh irregulars under Osman Batur (1947) (Ili National Army)',
    );
  });

  it('lists every change in words, in outline order, each with its citation: the summary toCSV() exports', async () => {
    const el = await ina();
    expect(changeItems(el)).to.deep.equal([
      "East Turkistan National Army: incorporated into People's Liberation Army as Xinjiang 5th Army Corps, downgraded from army to corps, 22 Dec 1949 (Ili National Army [5])",
      'Sibo Battalion: upgraded from battalion to regiment, 8 Apr 1945–22 Dec 1949 (may be before the earlier date) (Ili National Army)',
      'Mongol Battalion: upgraded from battalion to regiment, 8 Apr 1945–22 Dec 1949 (may be before the earlier date) (Ili National Army)',
      'Kazakh irregulars under Osman Batur: defected to Kuomintang, 1947 (Ili National Army)',
      'Kazakh Cavalry Regiment: defected to Kazakh irregulars under Osman Batur, 1947 (Ili National Army)',
    ]);
    expect($(el, '#summary')?.textContent).to.contain('5 changes');
    const csv = el.toCSV().split('\r\n');
    expect(csv[0]).to.equal('unit,change,from,to,date,source');
    expect(csv.slice(1, -1).map((r) => r.split(',').slice(0, 2).join(','))).to.deep.equal([
      'East Turkistan National Army,incorporated',
      'Sibo Battalion,upgraded',
      'Mongol Battalion,upgraded',
      'Kazakh irregulars under Osman Batur,defected',
      'Kazakh Cavalry Regiment,defected',
    ]);
    expect(csv).to.include(
      'Kazakh Cavalry Regiment,defected,under East Turkistan National Army,under Kazakh irregulars under Osman Batur,1947,"Ili National Army, body"',
    );
    expect(csv.some((r) => r.includes(',1945-04-08/1949-12-22,'))).to.equal(true);
  });

  it('exports its marks, old name and dashed old link in toSVG()', async () => {
    const el = await ina();
    const doc = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    // The export inlines computed styles and drops classes: look for the data attributes and the inlined dashes.
    const old = doc.querySelector('path[data-target="kazakh-cavalry-regiment"][data-source="ina"]') as SVGElement | null;
    expect(old?.getAttribute('style')).to.match(/stroke-dasharray: \d/);
    expect(doc.querySelectorAll('g[data-kind]').length).to.equal($$(el, '.node .mark').length);
    const struck = doc.querySelector('text[text-decoration="line-through"]');
    expect(struck?.textContent).to.equal('East Turkistan National Army');
  });

  it('changes-only folds the unchanged regiments away and keeps the changed units in place under their superiors', async () => {
    const el = await ina('changes-only');
    expect(nodeIds(el)).to.have.members(['ina', 'sibo-battalion', 'mongol-battalion', 'osman-batur-irregulars', 'kazakh-cavalry-regiment']);
    expect(node(el, 'sibo-battalion').getAttribute('aria-level')).to.equal('2');
    expect(changeItems(el)).to.have.length(5);
    el.changesOnly = false;
    await settle(el);
    expect(nodeIds(el)).to.have.length(12);
  });

  it('marks a collapsed unit that hides changed units, in its shapes and its name', async () => {
    const el = await mount(
      html`<oob-hierarchy date="1949-12" compare="1945-04" depth="0" style="width:1100px;height:560px"></oob-hierarchy>`,
    );
    expect(nodeIds(el)).to.deep.equal(['ina', 'osman-batur-irregulars']);
    expect(marks(el, 'ina')).to.deep.equal(['defected', 'downgraded', 'redesignated', 'below']);
    expect(node(el, 'ina').getAttribute('aria-label')).to.contain('2 changed units hidden below');
    expect(marks(el, 'osman-batur-irregulars')).to.deep.equal(['defected', 'below']);
    expect(node(el, 'osman-batur-irregulars').getAttribute('aria-label')).to.contain('1 changed unit hidden below');
    expect($$(el, '.legend .legend-item').map((i) => text(i))).to.include('changes hidden below');
  });

  it("shows a unit's changes in words with their sources in its tooltip", async () => {
    const el = await ina();
    node(el, 'kazakh-cavalry-regiment').focus();
    await el.updateComplete;
    const tip = $(el, '[part="tooltip"]');
    expect(text(tip)).to.contain('Kazakh Cavalry Regiment: defected to Kazakh irregulars under Osman Batur, 1947 (Ili National Army)');
    expect(node(el, 'kazakh-cavalry-regiment').getAttribute('aria-describedby')).to.equal(tip?.id);
  });

  it('is accessible, and arrow keys walk the union tree', async () => {
    const el = await ina();
    await expect(el).to.be.accessible();
    node(el, 'ina').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect((el.shadowRoot?.activeElement as SVGElement | null)?.dataset.id).to.equal('suidun-infantry-regiment');
  });

  it('has no compare view, legend, summary list or CSV without a compare date, and says so for an unreadable one', async () => {
    const el = await mount(html`<oob-hierarchy date="1949-12" style="width:800px;height:480px"></oob-hierarchy>`);
    expect($(el, '.legend')).to.equal(null);
    expect($(el, 'ol.changes')).to.equal(null);
    expect(node(el, 'ina').dataset.change).to.equal(undefined);
    expect(el.toCSV()).to.equal('');
    el.compare = 'April';
    await settle(el);
    expect(text($(el, '[part="empty"]'))).to.contain('"April"');
  });

  it('keeps focus in the tree when compare mode folds the focused unit away', async () => {
    const el = await ina();
    node(el, 'dungan-regiment').focus();
    el.changesOnly = true;
    await settle(el);
    const active = el.shadowRoot?.activeElement as SVGElement | null;
    expect(active?.classList.contains('node')).to.equal(true);
    expect(active?.dataset.id).to.equal('ina');
  });
});

describe('<oob-hierarchy compare>: kinds the built-in dataset does not have', () => {
  const data = () =>
    mini(
      [
        { id: 'army', name: 'Army', echelon: 'army' },
        {
          id: 'a',
          parent: 'army',
          name: 'Old Brigade',
          echelon: 'brigade',
          changes: [{ type: 'redesignated', date: '1942', to: { name: 'New Brigade' } }],
        },
        { id: 'b', parent: 'army', name: 'Lost Regiment', echelon: 'regiment', dissolved: '1942-06' },
        { id: 'c', parent: 'army', name: 'Fresh Regiment', echelon: 'regiment', formed: '1942-03' },
        {
          id: 'd',
          parent: 'a',
          name: 'Wandering Battalion',
          echelon: 'battalion',
          changes: [{ type: 'reassigned', date: '1942-02', to: { parent: 'army' } }],
        },
        {
          id: 'e',
          parent: 'a',
          name: '=HYPERLINK("x")',
          echelon: 'battalion',
          changes: [{ type: 'downgraded', date: '1942', to: { echelon: 'company' } }],
        },
      ],
      { meta: { title: 'Test', defaultLang: 'en', dateRange: '1940/1945' } },
    );

  it('ghosts removed units, marks added, moved, redesignated and downgraded ones, and guards CSV cells against formulas', async () => {
    const el = await mount(
      html`<oob-hierarchy .data=${data()} date="1944" compare="1941" depth="3" style="width:1100px;height:560px"></oob-hierarchy>`,
    );
    expect(node(el, 'b').classList.contains('removed')).to.equal(true);
    expect(getComputedStyle($(node(el, 'b'), '.node-box') as Element).strokeDasharray).to.not.equal('none');
    expect(marks(el, 'b')).to.deep.equal(['removed']);
    expect(marks(el, 'c')).to.deep.equal(['added']);
    expect(marks(el, 'd')).to.deep.equal(['moved']);
    expect(marks(el, 'a')).to.deep.equal(['redesignated']);
    expect(text(oldName(el, 'a'))).to.equal('Old Brigade');
    expect(marks(el, 'e')).to.deep.equal(['downgraded']);
    expect($$(el, '.old-link').map((l) => (l as SVGElement).dataset.source)).to.deep.equal(['a']);
    const csv = el.toCSV();
    expect(csv).to.contain(`'=HYPERLINK(""x"")`);
    expect(csv).to.not.match(/(^|,)=HYPERLINK/m);
    expect($$(el, '.legend .legend-item').map((i) => (i as HTMLElement).dataset.kind)).to.deep.equal([
      'removed',
      'added',
      'moved',
      'downgraded',
      'redesignated',
    ]);
    await expect(el).to.be.accessible();
  });

  it('reads the dates forwards when compare is the later one', async () => {
    const el = await mount(
      html`<oob-hierarchy .data=${data()} date="1941" compare="1944" style="width:800px;height:480px"></oob-hierarchy>`,
    );
    expect(text($(el, '.caption'))).to.match(/^1941 → 1944 · /);
    expect(marks(el, 'c')).to.deep.equal(['added']);
  });
});

describe('<oob-hierarchy compare>: a big diff', () => {
  it('lists the first 500 changes in the summary and says how many more; toCSV() has them all', async () => {
    const el = await mount(
      html`<oob-hierarchy .data=${generateOrderOfBattle({ units: 2_000, seed: 1 })} date="1945-12" compare="1940-06" style="width:800px;height:480px"></oob-hierarchy>`,
    );
    const rows = el.toCSV().split('\r\n').length - 2;
    expect(rows).to.be.greaterThan(MAX_LISTED);
    const items = changeItems(el);
    expect(items).to.have.length(MAX_LISTED + 1);
    expect(items[MAX_LISTED]).to.equal(`and ${rows - MAX_LISTED} more changes (the CSV export lists every change)`);
  });
});

describe('<oob-hierarchy> compare linked with a range timeline inside <oob-dataset>', () => {
  it("follows the provider's compare, set by the timeline's start thumb", async () => {
    const provider = await fixture<OobDataset>(html`<oob-dataset date="1949-12-31" compare="1949-12-01">
      <oob-timeline range></oob-timeline><oob-hierarchy depth="3" style="width:1100px;height:560px"></oob-hierarchy></oob-dataset>`);
    const chart = provider.querySelector('oob-hierarchy') as OobHierarchy;
    const timeline = provider.querySelector('oob-timeline') as OobTimeline;
    await waitUntil(() => $$(chart, '.node').length > 0, 'tree never drawn');
    await settle(chart);
    // December 1949 alone: only the incorporation.
    expect(changeItems(chart).map((c) => c.split(':')[0])).to.deep.equal([
      'East Turkistan National Army',
      'Sibo Battalion',
      'Mongol Battalion',
    ]);
    const start = timeline.shadowRoot?.querySelector<HTMLElement>('[role="slider"]') as HTMLElement;
    start.focus();
    // The first event (31 Jan 1945) is before the army's regiments were formed (8 Apr 1945, the
    // next event), where they would all be "added": step to the formation.
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => provider.compare === '1945-04-08', `the start thumb is at ${provider.compare}, not at the army's formation`);
    await settle(chart);
    expect(chart.toCSV()).to.contain('Kazakh Cavalry Regiment,defected');
    expect(node(chart, 'kazakh-cavalry-regiment').dataset.change).to.contain('defected');
  });
});

describe('<oob-hierarchy compare>: themes and directions', () => {
  afterEach(async () => {
    await resetMedia();
  });

  it('in the dark theme, in a right-to-left page, keeps every mark and the legend, and passes axe', async () => {
    const wrap = await fixture(
      html`<div dir="rtl"><oob-hierarchy theme="dark" date="1949-12" compare="1945-04" depth="3" style="width:700px;height:520px"></oob-hierarchy></div>`,
    );
    const el = wrap.querySelector('oob-hierarchy') as OobHierarchy;
    await settle(el);
    expect(getComputedStyle($(node(el, 'ina'), '.node-box') as Element).fill).to.equal('rgb(13, 17, 23)');
    expect(marks(el, 'kazakh-cavalry-regiment')).to.deep.equal(['defected', 'moved']);
    const legend = $(el, '.legend') as HTMLElement;
    expect(getComputedStyle(legend).direction).to.equal('rtl');
    // Right to left, the first legend item is at the right.
    const [first, second] = $$(el, '.legend .legend-item').map((i) => i.getBoundingClientRect());
    expect((first as DOMRect).left).to.be.greaterThan((second as DOMRect).left);
    await expect(el).to.be.accessible();
  });

  it('in a right-to-left page, left- and right-to-left names and old names grow away from their symbol, on cards and outline rows', async () => {
    // English names in a right-to-left page inherit rtl without their own direction, and text-anchor
    // "start" puts them over their symbol; Uyghur names (lang="ug") must not either.
    for (const [layout, lang] of [
      ['auto', 'en'],
      ['indented', 'en'],
      ['indented', 'ug'],
    ]) {
      const wrap = await fixture(
        html`<div dir="rtl"><oob-hierarchy date="1949-12" compare="1945-04" depth="3" layout=${layout} lang=${lang} style="width:1100px;height:560px"></oob-hierarchy></div>`,
      );
      const el = wrap.querySelector('oob-hierarchy') as OobHierarchy;
      await settle(el);
      let checked = 0;
      for (const id of nodeIds(el)) {
        const sym = $(node(el, id), '.symbol') as SVGGraphicsElement | null;
        if (!sym) continue;
        const b = sym.getBoundingClientRect();
        for (const text of [...$$(node(el, id), '.label, .commander'), oldName(el, id)].filter((t): t is Element => t !== null)) {
          const a = text.getBoundingClientRect();
          const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          expect(overlap, `${layout}, ${lang}, ${id}: ${text.getAttribute('class')} over its symbol`).to.equal(false);
          checked += 1;
        }
      }
      expect(checked, `${layout}, ${lang}: texts checked`).to.be.greaterThan(5);
      wrap.remove();
    }
  });

  it('under forced colours, marks, ghosts and old links are drawn in system colours and keep their shapes and dashes', async () => {
    const el = await mount(
      html`<oob-hierarchy date="1949-12" compare="1945-04" depth="3" style="width:1100px;height:560px"></oob-hierarchy>`,
    );
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    const canvasText = getComputedStyle(el).color;
    const shape = $(node(el, 'kazakh-cavalry-regiment'), '.mark-shape') as Element;
    expect(getComputedStyle(shape).stroke).to.equal(canvasText);
    expect(getComputedStyle($(node(el, 'kazakh-cavalry-regiment'), '.mark-disc') as Element).stroke).to.equal(canvasText);
    const old = $(el, '.old-link') as Element;
    expect(getComputedStyle(old).stroke).to.equal(canvasText);
    expect(getComputedStyle(old).strokeDasharray).to.not.equal('none');
  });
});

describe('<oob-hierarchy compare> on a strict Content-Security-Policy page', () => {
  afterEach(removeFrames);

  it('draws its marks and sizes its legend with no violation', async () => {
    const policy =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'; trusted-types lit-html oob-charts";
    const frame = await openPage(
      `<meta http-equiv="Content-Security-Policy" content="${policy}">
      <script src="/test/embedding/pages/csp-counter.js"></script>
      <link rel="stylesheet" href="/test/embedding/pages/csp-page.css">
      <script type="module" src="/src/elements/hierarchy/define.ts"></script>`,
      // Illustrative test data: the horse battery is formed on 10 June 1815.
      '<oob-hierarchy src="/test/embedding/pages/northmarch.json" date="1815-06-30" compare="1815-06-01"></oob-hierarchy>',
    );
    await until(() => chartsState(frame).every((c) => !c.loading && !c.error && !c.builtIn) || undefined);
    await settleFrame(frame);
    const el = frame.contentDocument?.querySelector('oob-hierarchy') as OobHierarchy;
    await until(() => $(el, '.node[data-id="horse"]') ?? undefined);
    expect(marks(el, 'horse')).to.deep.equal(['added']);
    const legend = $(el, '.legend') as HTMLElement;
    expect(legend.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(JSON.stringify((frame.contentWindow as Window & { __violations: unknown[] }).__violations)).to.equal('[]');
  });
});
