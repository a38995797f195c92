import { textWidth } from '../../layout/text.js';

/** Width in CSS pixels of a text set in one font. */
export type TextMeasure = (text: string) => number;

/** Widths remembered per font; a name is measured once however often it is drawn. */
const measures = new Map<string, TextMeasure>();
const MAX_CACHED = 20_000;
let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : (document.createElement('canvas').getContext('2d') ?? null);
  }
  return context;
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
        ctx.font = font;
        width = ctx.measureText(text).width;
        if (widths.size > MAX_CACHED) widths.clear();
        widths.set(text, width);
      }
      return width;
    };
  }
  measures.set(font, measure);
  return measure;
}

/** Forgets every measured width: call when web fonts finish loading (the widths were of a fallback font). */
export function clearTextMeasures(): void {
  measures.clear();
}

/** The font shorthand of `weight`, `size` (px) and the family a custom property of `element` resolves to. */
export function fontOf(element: Element, familyProperty: string, weight: number, size: number): string {
  const family = getComputedStyle(element).getPropertyValue(familyProperty).trim() || 'sans-serif';
  return `${weight} ${size}px ${family}`;
}
