/**
 * The continuous scales the charts use (linear, log and UTC time, clamped), with d3-scale's
 * arithmetic but not its modules: d3-scale's continuous scales import d3-interpolate's generic
 * interpolator, which loads d3-color, and its time scales load d3-time-format; together about
 * 9 KiB gzip that no chart used (they only map numbers). Ticks and nice steps are d3-array's and
 * d3-time's own; tests hold each function equal to its d3-scale counterpart.
 */
import { tickIncrement } from 'd3-array';

/**
 * A clamped map from `domain` to `range`, as a d3 continuous scale with `.clamp(true)` maps:
 * clamp in the domain, `transform` (identity, or `Math.log` for a log scale), normalise into
 * [0, 1] (a domain of one value gives 0.5), then interpolate the range (interpolateNumber).
 */
export function clampedScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  transform: (x: number) => number = (x) => x,
): (x: number) => number {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const lo = d0;
  const hi = d1;
  const a = transform(d0);
  const span = transform(d1) - a;
  const normalize = span ? (x: number) => (x - a) / span : () => (Number.isNaN(span) ? Number.NaN : 0.5);
  return (x) => {
    const t = normalize(transform(Math.max(lo, Math.min(hi, x))));
    return r0 * (1 - t) + r1 * t;
  };
}

/** d3-scale's `scaleLinear().domain(domain).nice(count).domain()`: both ends moved out to a round step. */
export function niceLinear(domain: readonly [number, number], count = 10): [number, number] {
  let [start, stop] = domain;
  const reversed = stop < start;
  if (reversed) [start, stop] = [stop, start];
  let prestep: number | undefined;
  for (let iteration = 0; iteration < 10; iteration += 1) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) return reversed ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  // Like d3, the domain stays as it was when the steps do not settle.
  return [domain[0], domain[1]];
}

/** d3-scale's exact power of ten (`1e-3` is 0.001, not 10 ** -3). */
function pow10(x: number): number {
  return Number.isFinite(x) ? Number(`1e${x}`) : x < 0 ? 0 : x;
}

/** d3-scale's `scaleLog().domain(domain).nice().domain()` for a positive domain: out to powers of ten. */
export function niceLog(domain: readonly [number, number]): [number, number] {
  const [a, b] = domain;
  const [lo, hi] = b < a ? [b, a] : [a, b];
  const nice: [number, number] = [pow10(Math.floor(Math.log10(lo))), pow10(Math.ceil(Math.log10(hi)))];
  return b < a ? [nice[1], nice[0]] : nice;
}
