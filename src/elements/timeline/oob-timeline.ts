import { html, isServer, nothing, svg } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { isoDay, nearestStop, stopAt, stopText, timelineStops } from '../../layout/timeline/stops.js';
import type { TimelineStop } from '../../layout/timeline/stops.js';
import { timelineLayout } from '../../layout/timeline/layout.js';
import type { TimelineLayout } from '../../layout/timeline/layout.js';
import { sliderKeyStep, stepStop } from '../../layout/timeline/keys.js';
import { formatDate, formatInstant } from '../../data/format-date.js';
import { OobDataElement } from '../shared/oob-data-element.js';
import { renderEmpty } from '../shared/error-panel.js';
import { ResizeController } from '../shared/resize-controller.js';
import { hostMetrics } from '../shared/host-metrics.js';
import type { HostMetrics } from '../shared/host-metrics.js';
import { buttonStyles, stateStyles } from '../shared/state-styles.js';
import { themeStyles } from '../shared/tokens.js';
import { styleProps } from '../shared/style-props.js';
import { Memo } from '../../layout/memo.js';
import { renderAxis } from './render-axis.js';
import { styles } from './styles.js';

const DAY = 86_400_000;

/** Where the timeline stands: the instant it shows and the latest stop at or before it. */
interface Position {
  instant: number;
  /** Label of the date shown, at its precision. */
  label: string;
  index: number;
  exact: boolean;
}

const chevron = svg`<path d="M10 3 5 8l5 5" />`;

/** A thumb: `date` (the only one, or a range's end) or `compare` (a range's start). */
type Thumb = 'date' | 'compare';

/**
 * A date slider over the dataset's events: ticks on a time scale, a keyboard-accessible slider
 * that steps from event to event, previous/next-event buttons and the current events as text.
 * Inside an `<oob-dataset>` it moves the shared date of every chart; standalone it has its own
 * `date` and fires `oob-date-change`.
 *
 * Keys on the slider: ←/→ (mirrored right-to-left) and ↓/↑ previous/next event, PageDown/PageUp
 * previous/next year, Home/End first/last event.
 *
 * With `range`, two thumbs choose a span: the start sets `compare` and the end sets `date` (through
 * the provider inside `<oob-dataset>`, so charts that compare show what changed between the two).
 * Each thumb is its own keyboard slider; the start never passes the end. Clicking or dragging on the track snaps to the
 * nearest event. An event's date marks the last day it can mean (an event of `1945-09` sets
 * `1945-09-30`), so charts show the state after it.
 *
 * @summary A date slider over the dataset's events that drives linked charts.
 * @fires {OobDateChangeDetail} oob-date-change - The user moved the date (standalone only; inside `<oob-dataset>` the provider fires it). `detail.date` is `YYYY-MM-DD`; in range mode `detail.compare` is the start.
 * @fires {EventSelection} oob-select - The user activated an event in the caption; `detail` is `{ kind: 'event', id, event }`.
 * @fires {OobErrorDetail} oob-error - The data could not be used; `detail.problems` lists each problem with its JSON path.
 * @csspart base - The wrapper of the track and the controls.
 * @csspart track - The area that takes clicks and drags.
 * @csspart axis - The SVG with the rail, the event ticks and the year labels.
 * @csspart thumb - The slider handle (`role="slider"`); in range mode, both handles.
 * @csspart range-start - The start handle in range mode (also `thumb`).
 * @csspart range-end - The end handle in range mode (also `thumb`).
 * @csspart range - The line that says which two dates are compared, in range mode.
 * @csspart button - The previous and next event buttons.
 * @csspart caption - The date shown and its events.
 * @csspart event - An event of the caption (a button).
 * @csspart error - The error panel shown instead of the timeline.
 * @csspart loading - The loading message shown while `src` is fetched.
 * @csspart empty - The message shown when the dataset has no dated events.
 * @cssprop [--oob-accent=#0969da] - Thumb, progress and events linked to the selection.
 * @cssprop [--oob-timeline-tick-color=var(--oob-muted-color)] - Event ticks and the spans of imprecise dates.
 * @cssprop [--oob-timeline-rail-color=var(--oob-border-color)] - The rail.
 * @cssprop [--oob-text-color=#1f2328] - Text and the current event's tick.
 * @cssprop [--oob-muted-color=#59636e] - Year labels and secondary text.
 * @cssprop [--oob-surface=#f6f8fa] - Background of the buttons.
 * @cssprop [--oob-border-color=#d1d9e0] - Button borders.
 * @cssprop [--oob-stroke-width=1.5px] - Width of the ticks.
 * @cssprop [--oob-radius=4px] - Corner radius of the buttons.
 * @cssprop [--oob-spacing=8px] - Base spacing.
 * @cssprop [--oob-font-family=system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif] - Font of all text.
 * @cssprop [--oob-font-size=14px] - Base text size.
 * @cssprop [--oob-background=#ffffff] - Background and the thumb's ring.
 */
export class OobTimeline extends OobDataElement {
  static override styles = [themeStyles, stateStyles, buttonStyles, styles];
  static override properties: PropertyDeclarations = {
    date: {},
    range: { type: Boolean, reflect: true },
    compare: {},
  };

  /**
   * The date shown (EDTF: `1946`, `1946-06`, `1946-06-06`). Unset or unreadable, the timeline
   * shows the date of the enclosing `<oob-dataset>`, else the last event.
   */
  date: string | undefined;

  /** Range mode: two thumbs, the start setting `compare` and the end `date`. */
  range = false;

  /**
   * The range's start in range mode (EDTF). Unset or unreadable, the timeline shows the
   * `compare` of the enclosing `<oob-dataset>`, else the first event.
   */
  compare: string | undefined;

  private get track(): HTMLElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.track');
  }

  private readonly size = new ResizeController(this);
  private stops: TimelineStop[] = [];
  private readonly stopsMemo = new Memo<TimelineStop[]>();
  private layout: TimelineLayout | undefined;
  private readonly layoutMemo = new Memo<TimelineLayout>();
  private rtl = false;
  /** The width laid out for, and the observer's width when it was read. */
  private width = 0;
  private observedWidth = 0;
  /** The host's size and direction, read with other charts' before this update (see `scheduleUpdate`). */
  private metrics: HostMetrics | undefined;
  private dragging: Thumb | undefined;

  protected override get ownDate(): string | undefined {
    return this.date;
  }

  protected override get ownCompare(): string | undefined {
    return this.compare;
  }

  /**
   * Reads the host's width and direction (a `dir` on any ancestor can change it) before each update,
   * batched with the other charts that update in the same round (each read forces a layout of the
   * page): except while a thumb is dragged, when every pointer move updates the chart and nothing
   * but the date changes.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!isServer && !this.dragging) this.metrics = await hostMetrics(this);
    await super.scheduleUpdate();
    this.metrics = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const dataset = this.parsed;
    this.stops = dataset ? this.stopsMemo.get([dataset], () => timelineStops(dataset.source.events ?? [], dataset.dates)) : [];
    if (this.metrics) {
      this.rtl = this.metrics.direction === 'rtl';
      // The host's own width is the truth, also before the observer first fires, and in background
      // tabs, which get no observer callbacks.
      this.width = this.metrics.width || this.size.width;
      this.observedWidth = this.size.width;
    } else if (this.size.width !== this.observedWidth) {
      // Resized while a thumb was dragged.
      this.width = this.observedWidth = this.size.width;
    }
    const { stops, lang, rtl, width } = this;
    this.layout = this.layoutMemo.get([stops, width, lang, rtl], () => timelineLayout(stops, { width, lang, rtl }));
  }

  /** Where a thumb stands: the date shown, the latest stop at or before it, whether it is on it. */
  private position(thumb: Thumb = 'date'): Position {
    const parsed = thumb === 'date' ? this.asOf.parsed : this.comparedWith.parsed;
    const fallback = thumb === 'date' ? this.stops[this.stops.length - 1] : this.stops[0];
    const instant = parsed?.end ?? fallback?.instant ?? 0;
    const index = stopAt(this.stops, instant);
    const stop = this.stops[index];
    const exact = stop !== undefined && stop.instant === instant;
    const label = parsed ? formatDate(parsed, this.lang) : stop ? this.stopDate(stop) : '';
    return { instant, label, index, exact };
  }

  /** A stop's date: its events' own date when they share one, else the day. */
  private stopDate(stop: TimelineStop): string {
    const labels = new Set(stop.entries.map((e) => formatDate(e.date, this.lang)));
    return labels.size === 1 ? ([...labels][0] as string) : formatInstant(stop.instant, 'day', this.lang);
  }

  private valueText(at: Position): string {
    const stop = this.stops[at.index];
    if (stop && at.exact) return stopText(stop, this.lang);
    if (!stop) return this.t('beforeFirstEvent', '{date}, before the first event', { date: at.label });
    return this.t('afterEvent', '{date}, after {event}', { date: at.label, event: stopText(stop, this.lang) });
  }

  /**
   * Moves a thumb to a stop: through the provider inside one, else on this element with an event.
   * In range mode the start stops at the end and the end at the start.
   */
  private goTo(index: number, thumb: Thumb = 'date'): void {
    let target = index;
    if (this.range && thumb === 'compare') target = Math.min(target, this.position('date').index);
    if (this.range && thumb === 'date') {
      const start = this.position('compare');
      target = Math.max(target, start.exact ? start.index : start.index + 1);
    }
    const stop = this.stops[target];
    if (!stop) return;
    const at = this.position(thumb);
    if (at.exact && at.index === target) return;
    if (this.provided) {
      // A timeline pinned by its own date keeps it in step; otherwise it follows the provider's.
      if (thumb === 'date') {
        if (this.date !== undefined) this.date = stop.iso;
        this.provided.setDate(stop.iso);
      } else {
        if (this.compare !== undefined) this.compare = stop.iso;
        this.provided.setCompare(stop.iso);
      }
      return;
    }
    if (thumb === 'date') this.date = stop.iso;
    else this.compare = stop.iso;
    const date = thumb === 'date' ? stop.iso : isoDay(this.position('date').instant);
    const compare = thumb === 'compare' ? stop.iso : isoDay(this.position('compare').instant);
    this.emit('oob-date-change', this.range ? { date, compare } : { date });
  }

  private thumbOf(event: Event): Thumb {
    return (event.currentTarget as HTMLElement | null)?.dataset['thumb'] === 'compare' ? 'compare' : 'date';
  }

  private handleKeyDown = (event: KeyboardEvent): void => {
    const step = sliderKeyStep(event.key, this.rtl);
    if (!step) return;
    event.preventDefault();
    const thumb = this.thumbOf(event);
    this.goTo(stepStop(this.stops, this.position(thumb).instant, step), thumb);
  };

  private handlePointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || !this.track || !this.layout) return;
    event.preventDefault();
    this.track.setPointerCapture?.(event.pointerId);
    // In range mode the nearer thumb follows the pointer (the end on a tie, so a click past both moves it).
    const x = event.clientX - this.track.getBoundingClientRect().left;
    const layout = this.layout;
    const distance = (thumb: Thumb) => Math.abs(layout.position(this.position(thumb).instant) - x);
    this.dragging = this.range && distance('compare') < distance('date') ? 'compare' : 'date';
    this.renderRoot.querySelector<HTMLElement>(`.thumb[data-thumb="${this.dragging}"]`)?.focus();
    this.snap(event);
  };

  private handlePointerMove = (event: PointerEvent): void => {
    if (this.dragging) this.snap(event);
  };

  private handlePointerUp = (): void => {
    this.dragging = undefined;
  };

  private snap(event: PointerEvent): void {
    if (!this.track || !this.layout) return;
    const x = event.clientX - this.track.getBoundingClientRect().left;
    this.goTo(
      nearestStop(
        this.layout.marks.map((m) => m.x),
        x,
      ),
      this.dragging ?? 'date',
    );
  }

  private step(direction: 'previous' | 'next'): void {
    this.goTo(stepStop(this.stops, this.position().instant, direction));
  }

  private selectEvent(id: string): void {
    const event = this.parsed?.eventsById.get(id);
    if (event) this.emit('oob-select', { kind: 'event', id, event });
  }

  private renderCaption(at: Position, related: ReadonlySet<string>) {
    const stop = this.stops[at.index];
    const mixed = stop !== undefined && (!at.exact || new Set(stop.entries.map((e) => e.date.text)).size > 1);
    return html`<p class="caption" part="caption">
      <time datetime=${stop && at.exact ? stop.iso : nothing}>${at.label}</time>${stop && !at.exact ? html` <span class="lead">${this.t('latestEvent', 'latest event:')}</span>` : nothing}
      ${
        stop
          ? html`<ul class="events">
            ${stop.entries.map(
              (e) => html`<li>
                <button type="button" part="event" class="event" aria-current=${related.has(e.event.id) ? 'true' : nothing} @click=${() => this.selectEvent(e.event.id)}>${e.event.title}</button>
                ${mixed ? html`<span class="when">(${formatDate(e.date, this.lang)})</span>` : nothing}
              </li>`,
            )}
          </ul>`
          : html` <span class="lead">${this.t('noEventYet', 'before the first event')}</span>`
      }
    </p>`;
  }

  private renderStepButton(direction: 'previous' | 'next', at: Position) {
    const target = this.stops[stepStop(this.stops, at.instant, direction)];
    const possible = target !== undefined && (direction === 'previous' ? target.instant < at.instant : target.instant > at.instant);
    const name = direction === 'previous' ? this.t('previousEvent', 'Previous event') : this.t('nextEvent', 'Next event');
    const label = possible ? `${name}: ${stopText(target, this.lang)}` : name;
    return html`<button type="button" part="button" class="step oob-button ${direction}" aria-label=${label} title=${label} aria-disabled=${possible ? 'false' : 'true'}
      @click=${() => possible && this.step(direction)}>
      <svg viewBox="0 0 16 16" aria-hidden="true">${direction === 'previous' ? chevron : svg`<g transform="matrix(-1 0 0 1 16 0)">${chevron}</g>`}</svg>
    </button>`;
  }

  private renderThumb(thumb: Thumb, at: Position, bounds: readonly [number, number], day: (t: number) => number) {
    const layout = this.layout as TimelineLayout;
    const last = this.stops[this.stops.length - 1] as TimelineStop;
    const valueNow = Math.min(day(last.instant), Math.max(day(layout.domain[0]), day(at.instant)));
    const label = !this.range
      ? this.t('timelineLabel', 'Date')
      : thumb === 'compare'
        ? this.t('rangeStart', 'Start date (compare from)')
        : this.t('rangeEnd', 'End date');
    const part = this.range ? `thumb ${thumb === 'compare' ? 'range-start' : 'range-end'}` : 'thumb';
    return html`<div class="thumb ${thumb}" part=${part} data-thumb=${thumb} role="slider" tabindex="0" aria-orientation="horizontal"
      aria-label=${label} aria-valuemin=${bounds[0]} aria-valuemax=${bounds[1]} aria-valuenow=${valueNow}
      aria-valuetext=${this.valueText(at)} ${styleProps({ left: layout.position(at.instant) })} @keydown=${this.handleKeyDown}></div>`;
  }

  override render() {
    const state = this.renderState();
    if (state) return state;
    if (!this.parsed || !this.layout) return nothing;
    if (this.stops.length === 0) return renderEmpty(this.t('noEvents', 'This dataset has no dated events.'));
    const at = this.position();
    const layout = this.layout;
    const related = this.linked.events;
    const first = this.stops[0] as TimelineStop;
    const last = this.stops[this.stops.length - 1] as TimelineStop;
    const day = (t: number) => Math.floor(t / DAY);
    const min = Math.min(day(layout.domain[0]), day(first.instant));
    const start = this.range ? this.position('compare') : undefined;
    const thumbs = start
      ? html`${this.renderThumb('compare', start, [min, day(at.instant)], day)}
          ${this.renderThumb('date', at, [day(start.instant), day(last.instant)], day)}`
      : this.renderThumb('date', at, [min, day(last.instant)], day);
    return html`<div class="base" part="base">
      <div class="track" part="track" @pointerdown=${this.handlePointerDown} @pointermove=${this.handlePointerMove} @pointerup=${this.handlePointerUp} @pointercancel=${this.handlePointerUp}>
        ${renderAxis({
          layout,
          stops: this.stops,
          current: at.index,
          thumbX: layout.position(at.instant),
          fromX: start && layout.position(start.instant),
          related,
          rtl: this.rtl,
          lang: this.lang,
        })}
        ${thumbs}
      </div>
      ${
        start
          ? html`<p class="range" part="range" aria-live="polite">${this.t('rangeCaption', 'Comparing {from} with {to}', {
              from: start.label,
              to: at.label,
            })}</p>`
          : nothing
      }
      <div class="controls">${this.renderStepButton('previous', at)}${this.renderCaption(at, related)}${this.renderStepButton('next', at)}</div>
    </div>`;
  }
}
