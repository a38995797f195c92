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

/**
 * Boxes indexed by the cells of a grid, for "does this box overlap one already here?" and "which
 * boxes are at this point?" in near-constant time over thousands of boxes. Cells fit the boxes:
 * thin and tall for bars, for instance. Loops, not callbacks: layouts ask this for every mark.
 */
export class BoxGrid {
  /** The boxes in the order they were added; a box's index is its place here. */
  readonly boxes: Rect[] = [];
  private readonly cells = new Map<number, number[]>();
  /** The cells of the last box covered, reused from call to call. */
  private readonly keys: number[] = [];

  constructor(
    private readonly cellWidth: number,
    private readonly cellHeight: number,
  ) {}

  /** Fills `keys` with the cells `box` covers; returns how many. */
  private cover(box: Rect): number {
    const x1 = Math.floor((box.x + box.width) / this.cellWidth);
    const y0 = Math.floor(box.y / this.cellHeight);
    const y1 = Math.floor((box.y + box.height) / this.cellHeight);
    let n = 0;
    for (let cx = Math.floor(box.x / this.cellWidth); cx <= x1; cx += 1) {
      for (let cy = y0; cy <= y1; cy += 1) this.keys[n++] = cx * 100_003 + cy;
    }
    return n;
  }

  /** Adds `box` and returns its index. */
  add(box: Rect): number {
    const index = this.boxes.push(box) - 1;
    for (let i = 0, n = this.cover(box); i < n; i += 1) {
      const key = this.keys[i] as number;
      const list = this.cells.get(key);
      if (list) list.push(index);
      else this.cells.set(key, [index]);
    }
    return index;
  }

  /** Whether `box` overlaps a box added before (touching edges do not count). */
  overlaps(box: Rect): boolean {
    for (let i = 0, n = this.cover(box); i < n; i += 1) {
      const list = this.cells.get(this.keys[i] as number);
      // Indexed: an unoptimised for…of (a chart's first paint) made an iterator result per box looked at.
      if (list) for (let k = 0; k < list.length; k += 1) if (rectsOverlap(box, this.boxes[list[k] as number] as Rect)) return true;
    }
    return false;
  }

  /** The indices of the boxes whose cells include the point, in the order they were added (a superset of those containing it). */
  near(x: number, y: number): readonly number[] {
    return this.cells.get(Math.floor(x / this.cellWidth) * 100_003 + Math.floor(y / this.cellHeight)) ?? [];
  }
}
