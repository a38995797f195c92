const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
  'direction',
  'unicode-bidi',
] as const;

/**
 * Serialises a rendered `<svg>` as a standalone document: every element gets its computed
 * presentation styles inline (so custom properties and shadow styles survive outside the page),
 * and a background rect is added. Elements with `data-export="skip"` are dropped.
 */
export function standaloneSVG(svg: SVGSVGElement, options: { background?: string; title?: string } = {}): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!(copy instanceof Element)) return;
    const computed = getComputedStyle(original);
    const style = INLINED.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
    copy.setAttribute('style', style);
    copy.removeAttribute('class');
    copy.removeAttribute('part');
    copy.removeAttribute('tabindex');
  });
  clone.querySelectorAll('[data-export="skip"]').forEach((el) => el.remove());
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
  return new XMLSerializer().serializeToString(clone);
}

/** Rasterises a standalone SVG string to a PNG blob at `scale` × its size. */
export async function svgToPNG(svgText: string, scale = 2): Promise<Blob> {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  const width = Number.parseFloat(root.getAttribute('width') ?? '') || 800;
  const height = Number.parseFloat(root.getAttribute('height') ?? '') || 600;
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('2D canvas is not available');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
