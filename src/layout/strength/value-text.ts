import { formatNumber } from './format-number.js';

/** The value part of a strength point that its text needs. */
export interface ValueLike {
  kind: 'exact' | 'range' | 'approximate';
  min: number;
  max: number;
  value: number;
}

/** A point's figure as text: "14,000", "25,000–30,000", or "~200–900" / "~6,000" for approximate claims. */
export function valueText(point: ValueLike, lang = ''): string {
  const figure =
    point.min === point.max || point.kind === 'exact'
      ? formatNumber(point.kind === 'exact' ? point.value : point.min, lang)
      : `${formatNumber(point.min, lang)}–${formatNumber(point.max, lang)}`;
  return point.kind === 'approximate' ? `~${figure}` : figure;
}
