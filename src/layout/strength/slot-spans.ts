import type { Line } from './panel-decor.js';
import type { TimeAxis } from './time-axis.js';
import type { TimeSlot } from './time-slots.js';
import type { Orientation, Rect } from './types.js';

/** The stretch of time an interval-dated slot covers, drawn along the panel's time edge. */
export interface SlotSpan {
  key: string;
  line: Line;
}

/**
 * On a time scale, a figure dated "1945-04-08/1946-06-06" sits at the middle of its interval; a
 * line along the baseline shows the whole interval so the position is not read as a point date.
 * Band scales already name the interval in the slot's label, so they get none.
 */
export function slotSpans(slots: readonly TimeSlot[], used: ReadonlySet<string>, axis: TimeAxis, frame: Rect, orientation: Orientation): SlotSpan[] {
  if (axis.kind !== 'time') return [];
  return slots.flatMap((slot) => {
    if (!used.has(slot.key) || !slot.date.interval) return [];
    const a = axis.positionOf({ start: slot.date.start, end: slot.date.start });
    const b = axis.positionOf({ start: slot.date.end, end: slot.date.end });
    const line =
      orientation === 'vertical'
        ? { x1: frame.x + a, y1: frame.y + frame.height + 3, x2: frame.x + b, y2: frame.y + frame.height + 3 }
        : { x1: frame.x - 3, y1: frame.y + a, x2: frame.x - 3, y2: frame.y + b };
    return [{ key: slot.key, line }];
  });
}
