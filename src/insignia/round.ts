/** Rounds to 2 decimals, so geometry is stable across engines and cheap to snapshot. */
export function round(value: number): number {
  const r = Math.round(value * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}
