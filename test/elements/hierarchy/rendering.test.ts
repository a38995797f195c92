import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, $$, mini, mount, node, nodeIds, position, settle, text } from './helpers.js';

const REGIMENTS = [
  'suidun-infantry-regiment',
  'ghulja-regiment',
  'kensai-regiment',
  'ghulja-reserve-regiment',
  'kazakh-cavalry-regiment',
  'dungan-regiment',
  'artillery',
  'sibo-battalion',
  'mongol-battalion',
  'aviation',
];
const sorted = (ids: string[]) => [...ids].sort();
/** Strokes in a node's echelon mark (one per bar, two per X). */
const echelonStrokes = (n: Element) => ($(n, '.echelon')?.getAttribute('d')?.match(/M/g) ?? []).length;

describe('<oob-hierarchy> rendering', () => {
  describe('with no data', () => {
    it('draws the built-in Ili National Army as a forest of treeitems', async () => {
      const el = await mount(html`<oob-hierarchy style="width:1200px;height:600px"></oob-hierarchy>`);
      expect(sorted(nodeIds(el))).to.deep.equal(
        sorted(['ina', 'osman-batur-irregulars', ...REGIMENTS.filter((id) => id !== 'kazakh-cavalry-regiment'), 'kazakh-cavalry-regiment']),
      );
      expect($(el, '[role="tree"]')).to.exist;
      expect(text($(el, '.caption'))).to.equal('As of 22 Dec 1949 · 12 units');
    });

    it('should pass accessibility tests', async () => {
      const el = await mount(html`<oob-hierarchy style="width:1200px;height:600px"></oob-hierarchy>`);
      await expect(el).to.be.accessible();
    });

    // axe reads a treeitem's drawn texts as one run: a name and a commander drawn without the space
    // between their <text> elements read "…Osman BaturOsman Batur" and failed label-in-name.
    it('passes axe in every layout, names and commanders read apart', async () => {
      for (const layout of ['tidy', 'compact', 'horizontal', 'indented']) {
        const el = await mount(html`<oob-hierarchy layout=${layout} depth="3" style="width:900px;height:600px"></oob-hierarchy>`);
        expect($$(el, '.node .commander').length, `${layout}: commanders drawn`).to.be.greaterThan(0);
        await expect(el, layout).to.be.accessible();
        el.remove();
      }
    });
  });

  describe('date', () => {
    const at = (date: string) =>
      mount(html`<oob-hierarchy date=${date} layout="indented" style="width:800px;height:600px"></oob-hierarchy>`);

    it('1945-04-08: the army and its original units, the Kazakh cavalry under the army', async () => {
      const el = await at('1945-04-08');
      expect(node(el, 'kazakh-cavalry-regiment').getAttribute('aria-level')).to.equal('2');
      expect(text($(node(el, 'ina'), '.label .name'))).to.equal('East Turkistan National Army');
      expect(node(el, 'sibo-battalion').getAttribute('aria-label')).to.equal('Sibo Battalion, battalion, change of uncertain date');
    });

    it('hides units not yet formed', async () => {
      // The army and its aviation are not formed yet; only Osman Batur's irregulars have no formation date.
      const el = await at('1945-01-01');
      expect(sorted(nodeIds(el))).to.deep.equal(['osman-batur-irregulars']);
    });

    it('1946-06-06: the Sibo and Mongol upgrades are of uncertain date and marked as such', async () => {
      const el = await at('1946-06-06');
      for (const id of ['sibo-battalion', 'mongol-battalion']) {
        expect($(node(el, id), '.marker.uncertain'), id).to.exist;
        expect(node(el, id).getAttribute('aria-label')).to.contain('change of uncertain date');
        expect(text($(node(el, id), '.marker.uncertain title'))).to.match(/upgraded, 1945-04-08 – 1949-12-22 · Upgraded to a regiment/);
      }
    });

    it('1947-12-31: the Kazakh cavalry regiment has defected to Osman Batur, with a change marker citing the source', async () => {
      const el = await at('1947-12-31');
      const cavalry = node(el, 'kazakh-cavalry-regiment');
      expect(cavalry.getAttribute('aria-level')).to.equal('2');
      const items = nodeIds(el);
      expect(items.indexOf('kazakh-cavalry-regiment')).to.equal(items.indexOf('osman-batur-irregulars') + 1);
      expect(text($(cavalry, '.marker.changed title'))).to.match(/^Changes: defected, 1947 · Defected to Osman Batur.*· .+/);
      // Hostile side: the frame is a diamond.
      expect($(cavalry, '.symbol')?.classList.contains('hostile')).to.equal(true);
    });

    it('1949-12-22: the army is the Xinjiang 5th Army Corps of the PLA and the Sibo and Mongol units are regiments', async () => {
      const el = await at('1949-12-22');
      expect(text($(node(el, 'ina'), '.label .name'))).to.equal('Xinjiang 5th Army Corps');
      // The article dates no command of the PLA corps, so no commander is named.
      expect(node(el, 'ina').getAttribute('aria-label')).to.equal('Xinjiang 5th Army Corps, corps, changed');
      expect(echelonStrokes(node(el, 'sibo-battalion'))).to.equal(3);
      expect($(node(el, 'sibo-battalion'), '.marker.uncertain')).to.equal(null);
    });

    it('re-renders when date changes', async () => {
      const el = await at('1945-04-08');
      el.date = '1949-12-22';
      await settle(el, 600);
      expect(text($(node(el, 'ina'), '.label .name'))).to.equal('Xinjiang 5th Army Corps');
    });

    it('shows a message for a date it cannot read', async () => {
      const el = await at('last spring');
      expect(text($(el, '.oob-empty'))).to.contain('"last spring"');
    });
  });

  describe('layout', () => {
    const data = mini([{ id: 'a' }, { id: 'b', parent: 'a' }, { id: 'c', parent: 'a' }, { id: 'd', parent: 'c' }]);
    const at = (layout: string) =>
      mount(html`<oob-hierarchy .data=${data} layout=${layout} depth="9" style="width:900px;height:500px"></oob-hierarchy>`);

    it('tidy: the root on top, children one level (card height + gap) below, centred under it', async () => {
      const el = await at('tidy');
      expect(nodeIds(el)).to.have.length(4);
      expect(position(el, 'a')).to.deep.equal([0, 0]);
      expect(position(el, 'b')).to.deep.equal([-88, 134]);
      expect(position(el, 'c')).to.deep.equal([88, 134]);
      expect(position(el, 'd')).to.deep.equal([88, 268]);
    });

    it('horizontal: depth grows to the right', async () => {
      const el = await at('horizontal');
      expect(position(el, 'a')).to.deep.equal([0, 0]);
      expect(position(el, 'b')[0]).to.equal(304);
      expect(position(el, 'd')[0]).to.equal(608);
      expect(position(el, 'b')[1]).to.be.lessThan(position(el, 'c')[1]);
    });

    it('radial: the root at the centre, its children on one ring', async () => {
      const el = await at('radial');
      expect(position(el, 'a')).to.deep.equal([0, 0]);
      const radius = (id: string) => Math.round(Math.hypot(...position(el, id)));
      expect(radius('b')).to.equal(radius('c'));
      expect(radius('d')).to.equal(2 * radius('b'));
    });

    it('indented: one row per unit in outline order', async () => {
      const el = await at('indented');
      expect(['a', 'b', 'c', 'd'].map((id) => position(el, id))).to.deep.equal([
        [0, 0],
        [28, 40],
        [28, 80],
        [56, 120],
      ]);
    });

    it('depth limits the levels shown and badges count the hidden children', async () => {
      const el = await mount(html`<oob-hierarchy .data=${data} depth="1" style="width:900px;height:500px"></oob-hierarchy>`);
      expect(nodeIds(el)).to.deep.equal(['a', 'b', 'c']);
      expect(text($(node(el, 'c'), '.badge'))).to.equal('+1');
      expect(node(el, 'c').getAttribute('aria-expanded')).to.equal('false');
      expect(node(el, 'c').getAttribute('aria-label')).to.contain('1 subordinate unit hidden');
      expect(node(el, 'b').hasAttribute('aria-expanded')).to.equal(false);
    });

    it('root shows one subtree only', async () => {
      const el = await mount(html`<oob-hierarchy .data=${data} root="c" style="width:900px;height:500px"></oob-hierarchy>`);
      expect(nodeIds(el)).to.deep.equal(['c', 'd']);
      expect(node(el, 'c').getAttribute('aria-level')).to.equal('1');
    });

    it('an unknown root shows a message', async () => {
      const el = await mount(html`<oob-hierarchy .data=${data} root="zz" style="width:900px;height:500px"></oob-hierarchy>`);
      expect(text($(el, '.oob-empty'))).to.contain('"zz"');
    });
  });

  describe('nodes', () => {
    it('ARIA tree attributes: level, set size, position, expanded, selected, roving tabindex', async () => {
      const el = await mount(html`<oob-hierarchy selected="ghulja-regiment" style="width:1200px;height:600px"></oob-hierarchy>`);
      const ghulja = node(el, 'ghulja-regiment');
      expect([ghulja.getAttribute('aria-level'), ghulja.getAttribute('aria-setsize'), ghulja.getAttribute('aria-posinset')]).to.deep.equal([
        '2',
        '9',
        '2',
      ]);
      expect(ghulja.getAttribute('aria-selected')).to.equal('true');
      expect(ghulja.getAttribute('part')).to.equal('node node-selected');
      expect(node(el, 'ina').getAttribute('aria-expanded')).to.equal('true');
      // The tab stop starts on the selected node (APG tree pattern).
      expect($$(el, '.node[tabindex="0"]').map((n) => (n as SVGElement).dataset.id)).to.deep.equal(['ghulja-regiment']);
    });

    it('draws APP-6 frames by affiliation, arm icons and echelon marks', async () => {
      const el = await mount(html`<oob-hierarchy date="1946-06-06" layout="tidy" style="width:2000px;height:600px"></oob-hierarchy>`);
      expect($(node(el, 'ina'), '.symbol')?.classList.contains('friend')).to.equal(true);
      expect($(node(el, 'osman-batur-irregulars'), '.symbol')?.classList.contains('unknown')).to.equal(true);
      expect($$(node(el, 'osman-batur-irregulars'), '.symbol .icon')).to.have.length(1);
      expect(echelonStrokes(node(el, 'ina'))).to.equal(8);
      expect(echelonStrokes(node(el, 'ghulja-regiment'))).to.equal(3);
      expect(echelonStrokes(node(el, 'sibo-battalion'))).to.equal(2);
      expect($(node(el, 'artillery'), 'circle.icon-fill')).to.exist;
      expect($(node(el, 'suidun-infantry-regiment'), 'path.icon')?.getAttribute('d')).to.equal('M-22.5,-15L22.5,15M-22.5,15L22.5,-15');
    });

    it('symbols="none" draws plain swatches instead of symbols', async () => {
      const el = await mount(html`<oob-hierarchy symbols="none" style="width:1200px;height:600px"></oob-hierarchy>`);
      expect($$(el, '.symbol')).to.have.length(0);
      expect($$(el, '.plain')).to.have.length(12);
    });

    it('shows the commander under the name', async () => {
      const el = await mount(html`<oob-hierarchy date="1946-06-06" style="width:1200px;height:600px"></oob-hierarchy>`);
      expect(text($(node(el, 'ina'), '.commander'))).to.equal('Elihan Tore');
    });

    it('wraps long names to two lines and truncates longer ones with the full name as a tooltip', async () => {
      const long = 'The Extraordinarily Long Name of a Mountain Rifle Regiment of the Northern Frontier District Guards';
      const el = await mount(
        html`<oob-hierarchy .data=${mini([{ id: 'a', name: long }])} style="width:900px;height:500px"></oob-hierarchy>`,
      );
      const label = $(node(el, 'a'), '.label');
      expect($$(label as Element, 'tspan')).to.have.length(2);
      expect(text(label?.querySelector('tspan:last-of-type'))).to.match(/…$/);
      expect(text(label?.querySelector('title'))).to.equal(long);
    });

    it('renders names containing markup as text', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await mount(
        html`<oob-hierarchy .data=${mini([{ id: 'a', name: evil }])} layout="indented" style="width:900px;height:500px"></oob-hierarchy>`,
      );
      expect(text($(node(el, 'a'), '.label .name'))).to.equal(evil);
      expect($$(el, 'img')).to.have.length(0);
      expect(node(el, 'a').getAttribute('aria-label')).to.match(/^<img src=x onerror=alert\(1\)>/);
    });
  });

  describe('languages', () => {
    const data = mini([
      { id: 'a', name: 'Ili National Army', names: [{ text: 'ئىلى مىللىي ئارمىيىسى', lang: 'ug-Arab', dir: 'rtl' }] },
      { id: 'b', parent: 'a', name: 'Ghulja Regiment', names: [{ text: 'غۇلجا پولكى', lang: 'ug-Arab' }] },
      { id: 'c', parent: 'a', name: 'Kensai Regiment' },
    ]);

    it('lang picks names in that language, right to left, and falls back to the default name', async () => {
      const el = await mount(html`<oob-hierarchy .data=${data} lang="ug" style="width:900px;height:500px"></oob-hierarchy>`);
      const label = $(node(el, 'a'), '.label') as SVGTextElement;
      expect(text(label)).to.equal('ئىلى مىللىي ئارمىيىسى');
      expect([label.getAttribute('lang'), label.getAttribute('direction'), getComputedStyle(label).direction]).to.deep.equal([
        'ug-Arab',
        'rtl',
        'rtl',
      ]);
      expect($(node(el, 'b'), '.label')?.getAttribute('direction')).to.equal('rtl');
      expect(text($(node(el, 'c'), '.label'))).to.equal('Kensai Regiment');
      // The fallback name is left to right and says so: in a right-to-left page it must not inherit rtl.
      expect($(node(el, 'c'), '.label')?.getAttribute('direction')).to.equal('ltr');
    });

    it('RTL labels in the outline flip their anchor so they grow away from the symbol', async () => {
      const el = await mount(
        html`<oob-hierarchy .data=${data} lang="ug" layout="horizontal" style="width:900px;height:500px"></oob-hierarchy>`,
      );
      expect($(node(el, 'a'), '.label')?.getAttribute('text-anchor')).to.equal('end');
      expect($(node(el, 'c'), '.label')?.getAttribute('text-anchor')).to.equal('start');
    });

    it('should pass accessibility tests with RTL labels', async () => {
      const el = await mount(html`<oob-hierarchy .data=${data} lang="ug" style="width:900px;height:500px"></oob-hierarchy>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('text alternative', () => {
    it('summarises the tree for assistive technology', async () => {
      const el = await mount(html`<oob-hierarchy date="1947-12-31" style="width:1200px;height:600px"></oob-hierarchy>`);
      const summary = $(el, '#summary');
      expect($(el, '[role="tree"]')?.getAttribute('aria-describedby')).to.equal('summary');
      expect(text(summary)).to.equal(
        'Order of battle as of 31 Dec 1947: 12 units in 2 hierarchies. Top level: East Turkistan National Army (army, 9 subordinate units); Kazakh irregulars under Osman Batur (1 subordinate unit). 2 units changed by this date. 2 units have a change of uncertain date.',
      );
    });
  });
});

describe('oob-hierarchy with odd languages', () => {
  it('draws with a language tag Intl rejects (lang="en_US") instead of failing the update', async () => {
    const el = await fixture<HTMLElement>(html`<oob-hierarchy lang="en_US" style="width: 800px; height: 400px"></oob-hierarchy>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.caption'), 'no caption');
    expect(el.shadowRoot?.querySelector('.caption')?.textContent).to.contain('1949');
  });
});

describe('oob-hierarchy DOM order', () => {
  for (const layout of ['tidy', 'horizontal', 'radial', 'indented']) {
    it(`puts treeitems in outline order in the ${layout} layout (parent, then its subtree)`, async () => {
      const el = await fixture<HTMLElement>(
        html`<oob-hierarchy layout=${layout} date="1947-12-31" depth="3" style="width: 2400px; height: 1200px"></oob-hierarchy>`,
      );
      await waitUntil(() => (el.shadowRoot?.querySelectorAll('[role="treeitem"]').length ?? 0) === 12, 'tree not drawn');
      const order = [...(el.shadowRoot?.querySelectorAll<SVGElement>('[role="treeitem"]') ?? [])].map((n) => n.dataset['id']);
      expect(order.slice(0, 2)).to.deep.equal(['ina', 'suidun-infantry-regiment']);
      expect(order.slice(-2)).to.deep.equal(['osman-batur-irregulars', 'kazakh-cavalry-regiment']);
    });
  }
});
