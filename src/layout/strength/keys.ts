/** The chart's keyboard model, as a pure reducer (the element maps it to focus and events). */

/** What a key press on a focused bar does. */
export type BarKeyAction = { move: number } | { select: true } | { close: true } | undefined;

/**
 * The bar chart's keyboard model: arrows step through the bars in reading order (Right/Down
 * forward, Left/Up back), Home/End jump to the ends, Enter/Space select, Escape closes the
 * tooltip. Returns the new index (clamped), or `undefined` for keys the chart leaves alone.
 */
export function barKeyAction(key: string, index: number, count: number): BarKeyAction {
  if (count <= 0) return undefined;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { move: clamp(index + 1) };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { move: clamp(index - 1) };
    case 'Home':
      return { move: 0 };
    case 'End':
      return { move: count - 1 };
    case 'Enter':
    case ' ':
      return { select: true };
    case 'Escape':
      return { close: true };
    default:
      return undefined;
  }
}
