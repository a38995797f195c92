import { expect, html } from '@open-wc/testing';
import { loadMilsymbol, milsymbolStatus } from '../../src/elements/shared/milsymbol.js';
import type { OrderOfBattle } from '../../src/data/types.js';
import { $, $$, mount, node, settle } from '../elements/hierarchy/helpers.js';

/** An illustrative task group (not historical): land units with codes the built-in symbols draw, and optionally a ship. */
function taskGroup(withShip: boolean): OrderOfBattle {
  return {
    schemaVersion: '1.0',
    meta: { title: 'Illustrative task group', defaultLang: 'en', perspective: 'blue' },
    sources: [],
    sides: [{ id: 'blue', name: 'Blue', affiliation: 'friend' }],
    units: [
      { id: 'bde', name: 'Brigade', echelon: 'brigade', side: 'blue', sidc: '10031000181211000000' },
      { id: 'tank', parent: 'bde', name: 'Tank Battalion', echelon: 'battalion', sidc: '10031000161205000000' },
      // A hostile code in a friendly side's tree: the code, not the side, gives the frame.
      { id: 'opfor', parent: 'bde', name: 'Opposing Company', echelon: 'company', sidc: '10061000151211000000' },
      ...(withShip ? [{ id: 'ship', parent: 'bde', name: 'Frigate', echelon: 'unknown' as const, sidc: '10033000001202040000' }] : []),
    ],
  };
}

/** Requests for the milsymbol package itself (not the loader module, src/elements/shared/milsymbol.ts). */
const milsymbolRequests = () => performance.getEntriesByType('resource').filter((e) => /node_modules\/milsymbol\//.test(e.name));

describe('milsymbol is loaded only when a code needs it', () => {
  it('a chart whose codes the built-in symbols draw does not load milsymbol', async () => {
    const el = await mount(html`<oob-hierarchy .data=${taskGroup(false)}></oob-hierarchy>`);
    await settle(el, 120);
    expect(milsymbolStatus()).to.equal('idle');
    expect(milsymbolRequests()).to.deep.equal([]);
    // Drawn from the codes: the tank battalion's armour icon, and a hostile frame for the opposing company.
    expect($(node(el, 'tank'), '.symbol.friend .icon')).to.not.equal(null);
    expect($(node(el, 'opfor'), '.symbol.hostile .frame')).to.not.equal(null);
    expect($$(el, '.milsymbol')).to.deep.equal([]);
  });

  it('a sea-surface code loads milsymbol and is drawn by it, the theme colouring its frame', async () => {
    const el = await mount(html`<oob-hierarchy .data=${taskGroup(true)}></oob-hierarchy>`);
    expect(milsymbolStatus()).to.be.oneOf(['loading', 'loaded']);
    await loadMilsymbol();
    await settle(el, 120);
    expect(milsymbolStatus()).to.equal('loaded');
    expect(milsymbolRequests().length).to.be.greaterThan(0);
    const ship = node(el, 'ship');
    const frame = $(ship, '.symbol.friend .milsymbol .frame');
    expect(frame?.tagName).to.equal('circle');
    const landFrame = $(node(el, 'bde'), '.symbol.friend .frame') as Element;
    expect(getComputedStyle(frame as Element).fill).to.equal(getComputedStyle(landFrame).fill);
    // The ship's icon, in the theme's ink like the built-in icons.
    expect($$(ship, '.milsymbol .icon-fill, .milsymbol .icon').length).to.be.greaterThan(0);
    // The frigate's letters are drawn through <use>, so they show without being text of the node.
    const letters = $(ship, '.milsymbol use') as SVGGraphicsElement;
    expect(letters.getBBox().width).to.be.greaterThan(0);
    // In the theme's ink, like the lines of the built-in icons.
    const ink = getComputedStyle($(node(el, 'tank'), '.symbol .icon') as Element).stroke;
    expect(getComputedStyle($(ship, '.milsymbol defs text') as Element).fill).to.equal(ink);
    // Land units keep the built-in symbols.
    expect($(node(el, 'tank'), '.milsymbol')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
