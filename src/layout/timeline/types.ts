/** Shared shapes of the timeline layout (pure data, no DOM). */
import type { DatePrecision, HistoricalEvent, ParsedDate } from '../../data/types.js';

export type Precision = DatePrecision;

/** One event of the dataset with its parsed date. */
export interface TimelineEntry {
  event: HistoricalEvent;
  date: ParsedDate;
}

/**
 * A place the timeline can stop at: one calendar day and every event that has certainly happened by
 * its end (an event dated `1945-09` stops at 30 Sep 1945, `1946/1947` at 31 Dec 1947), so a chart
 * drawn "as of" the stop's day shows the state after its events.
 */
export interface TimelineStop {
  /** The day, `YYYY-MM-DD`: what the timeline sets as the date. */
  iso: string;
  /** Last instant of that day (UTC ms), the value of the stop on the time scale. */
  instant: number;
  /** The events of the stop, in dataset order. */
  entries: TimelineEntry[];
}

/** How the slider keys move between stops. */
export type TimelineStep = 'next' | 'previous' | 'next-year' | 'previous-year' | 'first' | 'last';

/** A label along the axis: its centre and width in pixels. */
export interface AxisLabel {
  x: number;
  width: number;
}

/** A year (or month) tick of the axis. */
export interface AxisTick extends AxisLabel {
  value: number;
  label: string;
}

/** Where one stop is drawn. */
export interface StopMark {
  /** Index into the stops. */
  index: number;
  /** Position of the stop (its day). */
  x: number;
  /** Spans of the stop's imprecise events (month, year, interval), from their first to last possible day. */
  spans: { x0: number; x1: number }[];
}

/** The geometry of a timeline of a given width. */
export interface TimelineLayout {
  width: number;
  /** Time covered by the track (UTC ms). */
  domain: [number, number];
  /** The track's ends in pixels, left to right on screen (mirrored for right-to-left). */
  track: [number, number];
  marks: StopMark[];
  /** Axis ticks whose labels fit without overlapping. */
  ticks: AxisTick[];
  /** Position of any instant, clamped to the track. */
  position(instant: number): number;
}
