import { textWidth } from '../../layout/text.js';

/** Width in CSS pixels of a text set in one font. */
export type TextMeasure = (text: string) => number;

/** Width in CSS pixels of a text set at `size` px in one family and weight. */
export type SizedTextMeasure = (text: string, size: number) => number;

/** How far a line of text reaches above and below its baseline, in CSS pixels: the box an SVG `<text>` takes. */
export interface FontExtent {
  ascent: number;
  descent: number;
}

/** Widths remembered per font; a name is measured once however often it is drawn. */
const measures = new Map<string, TextMeasure>();
/** Per-character advances at {@link ADVANCE_SIZE} px, per weight and family. */
const advanceMaps = new Map<string, Map<string, number>>();
const extents = new Map<string, FontExtent>();
const MAX_CACHED = 20_000;
const ADVANCE_SIZE = 100;
let context: CanvasRenderingContext2D | null | undefined;
/** The font last given to the shared context: setting `font` parses it, and most calls reuse the last one. */
let contextFont = '';

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : (document.createElement('canvas').getContext('2d') ?? null);
    } catch {
      context = null;
    }
  }
  return context;
}

function measureIn(ctx: CanvasRenderingContext2D, font: string, text: string): globalThis.TextMetrics {
  if (contextFont !== font) {
    ctx.font = font;
    contextFont = font;
  }
  return ctx.measureText(text);
}

/**
 * A measurer for `font` (a CSS `font` shorthand as `getComputedStyle` resolves it, e.g.
 * `600 12px system-ui, sans-serif`): canvas `measureText` with that font, cached per font and
 * text. Without a DOM (server rendering) it falls back to the layout estimate at `size` px.
 */
export function textMeasurer(font: string, size: number): TextMeasure {
  const hit = measures.get(font);
  if (hit) return hit;
  const ctx = canvasContext();
  let measure: TextMeasure;
  if (!ctx) measure = (text) => textWidth(text, size);
  else {
    const widths = new Map<string, number>();
    measure = (text) => {
      let width = widths.get(text);
      if (width === undefined) {
        width = measureIn(ctx, font, text).width;
        if (widths.size > MAX_CACHED) widths.clear();
        widths.set(text, width);
      }
      return width;
    };
  }
  measures.set(font, measure);
  return measure;
}

// Scripts whose letters change shape with their neighbours (Arabic, Syriac, Thaana, N'Ko, the Indic
// and South-East Asian abugidas…): their width is not the sum of the letters' isolated advances.
const SHAPED = /[\u0590-\u08ff\u0900-\u0dff\u0f00-\u109f\u1780-\u18af\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * The fast measurer of a family and weight at any size, for charts that measure thousands of
 * labels (and every cut of them while shortening): the sum of per-character advances, each
 * measured once at 100 px and scaled. Kerning moves a label by a fraction of a pixel; texts in
 * scripts that join their letters are measured whole (cached) instead. Without a DOM: the estimate.
 */
export function advanceMeasurer(family: string, weight = 400): SizedTextMeasure {
  const ctx = canvasContext();
  if (!ctx) return textWidth;
  const font = `${weight} ${ADVANCE_SIZE}px ${family}`;
  return (text, size) => {
    if (SHAPED.test(text)) return textMeasurer(`${weight} ${size}px ${family}`, size)(text);
    // Looked up per call, not captured: clearTextMeasures() must reach measurers already handed out.
    let advances = advanceMaps.get(font);
    if (!advances) advanceMaps.set(font, (advances = new Map()));
    let width = 0;
    for (const ch of text) {
      let advance = advances.get(ch);
      if (advance === undefined) {
        advance = measureIn(ctx, font, ch).width / ADVANCE_SIZE;
        advances.set(ch, advance);
      }
      width += advance;
    }
    return width * size;
  };
}

/**
 * Ascent and descent of `font`'s line box (canvas `fontBoundingBox*`, which is what the box of an
 * SVG `<text>` spans), so that stacked lines can be spaced for the font actually drawn: Noto Sans
 * reaches 1.07 em up and 0.29 down, DejaVu Sans 0.93 and 0.24. Without a DOM, or in a browser
 * without these metrics, a tall estimate (`size` px being the font's size).
 */
export function fontExtent(font: string, size: number): FontExtent {
  const hit = extents.get(font);
  if (hit) return hit;
  const ctx = canvasContext();
  const metrics = ctx ? measureIn(ctx, font, 'Hg') : undefined;
  const extent =
    metrics && Number.isFinite(metrics.fontBoundingBoxAscent) && Number.isFinite(metrics.fontBoundingBoxDescent)
      ? { ascent: metrics.fontBoundingBoxAscent, descent: metrics.fontBoundingBoxDescent }
      : { ascent: size * 1.1, descent: size * 0.3 };
  extents.set(font, extent);
  return extent;
}

/** Forgets every measured width and extent: call when web fonts finish loading (they were of a fallback font). */
export function clearTextMeasures(): void {
  measures.clear();
  advanceMaps.clear();
  extents.clear();
  // A font of the same name may now resolve to another face: set it again before measuring.
  contextFont = '';
}

const fontWatchers = new Set<() => void>();
const fontsLoaded = (): void => {
  clearTextMeasures();
  for (const watcher of [...fontWatchers]) watcher();
};

/**
 * Calls `measureAgain` whenever web fonts finish loading (`document.fonts` 'loadingdone'), after
 * forgetting every measure: widths taken before were of a fallback font. Returns the unsubscribe
 * function (call it when the element is disconnected).
 */
export function watchFonts(measureAgain: () => void): () => void {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts) return () => {};
  if (fontWatchers.size === 0) fonts.addEventListener('loadingdone', fontsLoaded);
  fontWatchers.add(measureAgain);
  return () => {
    fontWatchers.delete(measureAgain);
    if (fontWatchers.size === 0) fonts.removeEventListener('loadingdone', fontsLoaded);
  };
}
