/** The `width` and `height` attributes of the root `<svg>` tag of a standalone SVG string. */
function rootSize(svgText: string): { width: number; height: number } {
  // Read from the string the exporter wrote: parsing it into a document (DOMParser) is a Trusted
  // Types sink, which pages with `require-trusted-types-for 'script'` block.
  const tag = /<svg\b[^>]*>/.exec(svgText)?.[0] ?? '';
  const attribute = (name: string) => Number.parseFloat(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '');
  return { width: attribute('width') || 800, height: attribute('height') || 600 };
}

/**
 * Rasterises a standalone SVG (the string `toSVG()` resolves to, or a live export tree) to a PNG blob
 * at `scale` × its size. The image loads from a `data:` URL, never a `blob:` one, and nothing is
 * parsed into the page, so it works under the CSP documented in the README:
 * `img-src 'self' data:` and `require-trusted-types-for 'script'`.
 */
export async function svgToPNG(svg: string | SVGSVGElement, scale = 2): Promise<Blob> {
  const svgText = typeof svg === 'string' ? svg : new XMLSerializer().serializeToString(svg);
  const { width, height } = rootSize(svgText);
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
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
}
