import type { Rect } from './types.js';

/** A label box; `required` boxes (e.g. citation-needed marks) are always kept. */
export interface LabelCandidate {
  box: Rect;
  required?: boolean;
}

const CELL = 64;

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Rect, bounds: Rect): boolean {
  return box.x >= bounds.x - 0.5 && box.y >= bounds.y - 0.5 && box.x + box.width <= bounds.x + bounds.width + 0.5 && box.y + box.height <= bounds.y + bounds.height + 0.5;
}

/**
 * Which labels to show so that no two overlap: required boxes first, then the others in order,
 * each kept only if it lies within `bounds` and clears every kept box. A grid of cells keeps this
 * near-linear for thousands of bars.
 */
export function placeLabels(candidates: readonly LabelCandidate[], bounds: Rect): boolean[] {
  const grid = new Map<number, Rect[]>();
  const cellsOf = (box: Rect) => {
    const cells: number[] = [];
    for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx += 1) {
      for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy += 1) cells.push(cx * 100_003 + cy);
    }
    return cells;
  };
  const keep = (box: Rect) => {
    for (const cell of cellsOf(box)) {
      const list = grid.get(cell);
      if (list) list.push(box);
      else grid.set(cell, [box]);
    }
  };
  const clear = (box: Rect) => cellsOf(box).every((cell) => !(grid.get(cell) ?? []).some((other) => overlaps(box, other)));
  const shown = candidates.map(() => false);
  candidates.forEach((c, i) => {
    if (c.required) {
      keep(c.box);
      shown[i] = true;
    }
  });
  candidates.forEach((c, i) => {
    if (c.required || !inside(c.box, bounds) || !clear(c.box)) return;
    keep(c.box);
    shown[i] = true;
  });
  return shown;
}
