/**
 * The timeline's pure layout: `timelineStops` (the days a timeline can stop at), `timelineLayout`
 * (their geometry at a width) and `stopText` (a stop in words). Helpers stay in their modules.
 */
export { stopText, timelineStops } from './stops.js';
export type { TimelineEntry, TimelineStop } from './stops.js';
export { timelineLayout } from './layout.js';
export type { AxisTick, StopMark, TimelineLayout, TimelineLayoutOptions } from './layout.js';
