import { expect, fixture, html } from '@open-wc/testing';
import { exportTree } from '../../../src/elements/shared/export-image.js';

const PROPERTIES = [
  'fill',
  'stroke',
  'stroke-width',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'display',
  'direction',
];

/** A host whose shadow styles (custom properties, classes, a rule beating a presentation attribute) style an SVG. */
class ExportProbe extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      :host { --ink: rgb(10, 20, 30); --accent: rgb(200, 0, 0); font: 13px serif; }
      svg { fill: var(--ink); }
      .group { stroke: var(--accent); stroke-width: 2px; font-size: 17px; }
      .faint { opacity: 0.5; }
      .beats-attribute { fill: rgb(0, 128, 0); }
      .hidden { display: none; }
      .inherits { fill: inherit; }
      .rtl { direction: rtl; text-anchor: end; }
    `);
    root.adoptedStyleSheets = [sheet];
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '200');
    svg.setAttribute('height', '100');
    svg.innerHTML = `<g class="group"><rect width="10" height="10"></rect><rect class="faint" fill="rgb(1, 2, 3)" width="5" height="5"></rect>
      <g fill="rgb(9, 9, 9)"><rect class="beats-attribute" width="3" height="3"></rect><circle r="2"></circle></g>
      <rect class="inherits" fill="rgb(5, 5, 5)" width="4" height="4"></rect>
      <text class="rtl" x="10" y="20">abc</text><text class="hidden">x</text><text font-size="9px" y="40">small</text></g>`;
    root.append(svg);
  }
}
customElements.define('export-probe', ExportProbe);

describe('exportTree', () => {
  it('writes only the styles a standalone file would not get anyway, and the file draws with the page’s computed styles', async () => {
    const host = await fixture<ExportProbe>(html`<export-probe></export-probe>`);
    const svg = host.shadowRoot?.querySelector('svg') as SVGSVGElement;
    const copy = exportTree(svg);
    const inlined = [copy, ...copy.querySelectorAll('*')].reduce((n, el) => n + (el as SVGElement).style.length, 0);
    // Placed in a page with none of the shadow styles, every element computes what the original did.
    const plain = await fixture<HTMLDivElement>(html`<div></div>`);
    plain.append(copy);
    const originals = [svg, ...svg.querySelectorAll('*')];
    const copies = [copy, ...copy.querySelectorAll('*')];
    expect(copies.length).to.equal(originals.length);
    originals.forEach((original, i) => {
      const a = getComputedStyle(original);
      const b = getComputedStyle(copies[i] as Element);
      for (const name of PROPERTIES)
        expect(b.getPropertyValue(name), `${original.tagName} ${i} ${name}`).to.equal(a.getPropertyValue(name));
    });
    // Fewer declarations than every property on every element: the inherited ones ride on the parents.
    expect(inlined).to.be.lessThan(originals.length * 17 * 0.5);
  });
});
