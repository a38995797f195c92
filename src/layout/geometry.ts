/** Geometry types shared by every layout and by the insignia: one `Rect`, `Point`, `Size` and `Bounds`. */

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/** An axis-aligned box by its top-left corner and size. */
export interface Rect extends Point, Size {}

/** An axis-aligned box by its extreme coordinates. */
export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether two boxes overlap by more than `gap` (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}
