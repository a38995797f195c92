import { barKeyAction } from '../../layout/strength/keys.js';

/** What the keyboard handler needs from the chart. */
export interface BarHost {
  readonly bars: readonly unknown[];
  readonly active: number;
  focusBar(index: number): void;
  showTip(index: number | undefined): void;
  selectBar(index: number): void;
}

/** Index of the bar an event target is in, if any. */
export function barAt(target: EventTarget | null): number | undefined {
  if (!(target instanceof Element)) return undefined;
  const bar = target.closest('.bar');
  const index = bar ? Number(bar.getAttribute('data-index')) : Number.NaN;
  return Number.isInteger(index) ? index : undefined;
}

/** Arrow keys move the roving focus between bars, Home/End jump, Enter/Space select, Escape hides the tooltip. */
export function handleBarKey(host: BarHost, event: KeyboardEvent): void {
  const current = barAt(event.target) ?? host.active;
  const action = barKeyAction(event.key, current, host.bars.length);
  if (!action) return;
  event.preventDefault();
  if ('move' in action) host.focusBar(action.move);
  else if ('select' in action) host.selectBar(current);
  else host.showTip(undefined);
}
