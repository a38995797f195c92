/** A legend entry: a swatch or symbol and its text. */
export interface LegendItem {
  key: string;
  label: string;
}

export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
  width: number;
}

export interface LegendLayout {
  items: PlacedLegendItem[];
  height: number;
}

export interface LegendOptions {
  width: number;
  labelSize: (label: string) => number;
  swatch?: number;
  rowHeight?: number;
  gap?: number;
}

/** Places legend entries left to right, wrapping to a new row when the width runs out. */
export function legendLayout(items: readonly LegendItem[], options: LegendOptions): LegendLayout {
  const swatch = options.swatch ?? 14;
  const rowHeight = options.rowHeight ?? 20;
  const gap = options.gap ?? 16;
  const placed: PlacedLegendItem[] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const width = swatch + 6 + options.labelSize(item.label);
    if (x > 0 && x + width > options.width) {
      x = 0;
      y += rowHeight;
    }
    placed.push({ ...item, x, y, width });
    x += width + gap;
  }
  return { items: placed, height: items.length > 0 ? y + rowHeight : 0 };
}
