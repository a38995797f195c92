/** The presentation styles an export writes inline, with whether they inherit (and their initial value if not). */
const INLINED: Readonly<Record<string, { inherited: true } | { inherited: false; initial: string }>> = {
  fill: { inherited: true },
  'fill-opacity': { inherited: true },
  stroke: { inherited: true },
  'stroke-width': { inherited: true },
  'stroke-dasharray': { inherited: true },
  'stroke-opacity': { inherited: true },
  opacity: { inherited: false, initial: '1' },
  'font-family': { inherited: true },
  'font-size': { inherited: true },
  'font-weight': { inherited: true },
  'font-style': { inherited: true },
  'text-anchor': { inherited: true },
  'dominant-baseline': { inherited: true },
  visibility: { inherited: true },
  display: { inherited: false, initial: 'inline' },
  direction: { inherited: true },
  'unicode-bidi': { inherited: false, initial: 'normal' },
};

/**
 * Serialises a rendered `<svg>` as a standalone document: every element gets its computed
 * presentation styles inline (so custom properties and shadow styles survive outside the page;
 * written through the CSSOM, which a strict `style-src` allows), and a background rect is added. Elements with `data-export="skip"` are dropped.
 */
export function standaloneSVG(svg: SVGSVGElement, options: { background?: string; title?: string } = {}): string {
  return new XMLSerializer().serializeToString(exportTree(svg, options));
}

/** The detached export copy of a rendered `<svg>` that {@link standaloneSVG} serialises. */
export function exportTree(svg: SVGSVGElement, options: { background?: string; title?: string } = {}): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const computedOf = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!(copy instanceof Element)) return;
    const computed = getComputedStyle(original);
    computedOf.set(original, computed);
    const parent = original === svg || !original.parentElement ? undefined : computedOf.get(original.parentElement);
    // Through the CSSOM: a strict `style-src` blocks writing the `style` attribute itself.
    const style = (copy as SVGElement).style;
    style.cssText = '';
    for (const [name, how] of Object.entries(INLINED)) {
      const value = computed.getPropertyValue(name);
      // Only what the file would not get anyway: an inherited value equal to the parent's, or an
      // initial one, is left out (a hierarchy export was 4.7 KB a unit) unless a presentation
      // attribute on the element would then say otherwise.
      const implied = parent === undefined ? false : how.inherited ? value === parent.getPropertyValue(name) : value === how.initial;
      if (!implied || original.hasAttribute(name)) style.setProperty(name, value);
    }
    copy.removeAttribute('class');
    copy.removeAttribute('part');
    copy.removeAttribute('tabindex');
  });
  clone.querySelectorAll('[data-export="skip"]').forEach((el) => el.remove());
  // Lit's part markers mean nothing outside the page: and they add bytes to every export.
  const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const markers: Node[] = [];
  while (comments.nextNode()) markers.push(comments.currentNode);
  for (const marker of markers) marker.parentNode?.removeChild(marker);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const box = svg.getBoundingClientRect();
  if (!clone.getAttribute('width')) clone.setAttribute('width', String(Math.round(box.width)));
  if (!clone.getAttribute('height')) clone.setAttribute('height', String(Math.round(box.height)));
  if (options.background) {
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    const view = svg.viewBox.baseVal;
    rect.setAttribute('x', String(view && view.width ? view.x : 0));
    rect.setAttribute('y', String(view && view.height ? view.y : 0));
    rect.setAttribute('width', view && view.width ? String(view.width) : '100%');
    rect.setAttribute('height', view && view.height ? String(view.height) : '100%');
    rect.setAttribute('fill', options.background);
    clone.insertBefore(rect, clone.firstChild);
  }
  if (options.title) {
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = options.title;
    clone.insertBefore(title, clone.firstChild);
  }
  return clone;
}
