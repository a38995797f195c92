import { format } from 'd3-format';
import { formatNumber } from './format-number.js';

const compact = format('~s');

/**
 * The formatter for a value axis whose largest tick is `max`: compact SI ("25k", "1.5M") from
 * 10,000 up, so long axes stay narrow, else grouped digits ("2,500").
 */
export function tickFormat(max: number, lang = ''): (value: number) => string {
  if (!(max >= 10_000)) return (value) => formatNumber(value, lang);
  return (value) => (Math.abs(value) >= 1000 ? compact(value) : formatNumber(value, lang));
}
