import { html, isServer, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { Memo } from '../../layout/memo.js';
import type { StrengthPoint } from '../../data/strength-series.js';
import type { Measure, Problem } from '../../data/types.js';
import type { ObservationSelection } from '../../events/index.js';
import type { BarLayout } from '../../layout/strength/bars.js';
import { strengthCSV } from '../../layout/strength/csv.js';
import { legendWords } from '../../layout/strength/legend.js';
import { ruleEvents, selectPoints, snapshotSelection } from '../../layout/strength/select.js';
import type { Selection } from '../../layout/strength/select.js';
import { strengthLayout } from '../../layout/strength/strength-layout.js';
import type { StrengthLayout, StrengthLayoutOptions } from '../../layout/strength/strength-layout.js';
import { barDescription, measureText } from '../../layout/strength/text.js';
import type { TextContext } from '../../layout/strength/text.js';
import { OobDataElement } from '../shared/oob-data-element.js';
import { advanceMeasurer, fontExtent, watchFonts } from '../shared/measure-text.js';
import type { SizedTextMeasure } from '../shared/measure-text.js';
import { renderEmpty, renderErrorPanel } from '../shared/error-panel.js';
import { exportImageCode, pngOf } from '../shared/on-demand.js';
import { hostMetrics } from '../shared/host-metrics.js';
import type { HostMetrics } from '../shared/host-metrics.js';
import { ResizeController } from '../shared/resize-controller.js';
import { stateStyles, tooltipStyles } from '../shared/state-styles.js';
import { themeStyles } from '../shared/tokens.js';
import { renderDataTable, TABLE_CHUNK } from './data-table.js';
import { renderNotes } from './render-notes.js';
import { drawsPaths, MAX_BAR_ELEMENTS, renderSvg } from './render-svg.js';
import { styles } from './styles.js';
import { renderTooltipContent } from './tooltip.js';
import { styleProps } from '../shared/style-props.js';

let instances = 0;

/**
 * Force size over time: one bar per figure the sources give, with its range, qualifier, date
 * precision and citations; contradicting figures side by side, flagged as disputed; one panel per
 * measure; grouped bars per side; dataset events as rules on the time axis.
 *
 * Exact figures are solid bars; ranges are solid to their low end with a lighter, hatched and
 * capped extension to their high end; marks at a bar's end flag approximate figures (~), disputed
 * ones (≠) and those the source marks "citation needed" ([?]); in a crowded chart a mark that has
 * no room as text becomes a dot. Sides differ by colour and by pattern. When a side has several
 * units, each bar names its unit in its label, or carries the unit's key (A, B…) explained in a
 * legend under the chart; a month or year figure gets a bracket over its month or year.
 *
 * By unit (`group="subject"`, or `auto` for many units at a few dates): one labelled bar per unit,
 * in hierarchy order and indented by depth, at the snapshot `date` (the latest figure at or before
 * it; a figure of another date says its date). A measure whose figures differ more than 20 times
 * gets one panel per echelon with its own scale, or a log scale, as its title says.
 *
 * Keyboard: Tab reaches one bar (roving tabindex); arrow keys move through the bars in reading
 * order, Home/End jump to the ends, Enter/Space select (`oob-select`), Escape hides the tooltip.
 * A visually hidden table (shown with `show-table`) lists the same figures and the events. Hidden,
 * its rows go in once the chart has painted, 250 a frame (`tableComplete` resolves when all are in);
 * shown, with the chart.
 *
 * A chart of more than 200 bars draws them as a few paths (one per side and look: the same
 * pixels, a fraction of the elements) with one focusable bar, an outline that the arrow keys move
 * and that carries the bar's name; the pointer finds bars by position. Screen-reader users then
 * browse the data table rather than hundreds of images.
 *
 * @summary Bar charts of force size over time, with uncertainty and sources.
 *
 * @fires {ObservationSelection} oob-select - A bar was clicked or chosen with Enter/Space; `detail` has the observation and its resolved citations.
 * @fires {OobErrorDetail} oob-error - The data, `src` or the `from`/`to`/`date` dates could not be used; `detail.problems` lists each problem with its JSON path.
 *
 * @csspart base - The figure wrapping the chart.
 * @csspart chart - The chart's `<svg>` (was `svg` before 0.2).
 * @csspart panel - One small-multiple panel (one per measure).
 * @csspart bar - One figure's bar group (focusable); in a chart of more than 200 bars, the one focusable bar's outline.
 * @csspart bars - In a chart of more than 200 bars: the bars of one side and look (solid parts, ranges and caps as paths).
 * @csspart range - The extension of a range from its low to its high end.
 * @csspart axis - Value and time axes.
 * @csspart date-span - The line under an interval-dated figure on a time scale.
 * @csspart rule - An event rule on the time axis.
 * @csspart legend - The legend of sides, ranges and marks.
 * @csspart tooltip - The tooltip of the hovered or focused bar.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data tables (figures, events); visually hidden unless `show-table` is set.
 * @csspart notes - Notes about figures that could not be drawn.
 * @csspart error - The error panel shown instead of the chart.
 * @csspart loading - The loading message shown while `src` is fetched.
 * @csspart empty - The message shown when no figures match the filter.
 *
 * @cssprop [--oob-bar-fill=var(--oob-side-1-fill)] - Bar colour when only one side is shown.
 * @cssprop [--oob-range-fill=30% of the bar colour] - Fill of a range's extension (it is also hatched and outlined).
 * @cssprop [--oob-side-1-fill=#1f6feb] - Colour of the first side shown (its bars are plain); sides 2-4 (`--oob-side-2-fill`…) also get dots, stripes and cross-hatching.
 * @cssprop [--oob-axis-color=var(--oob-muted-color)] - Axis lines and tick labels.
 * @cssprop [--oob-grid-color=var(--oob-border-color)] - Value grid lines.
 * @cssprop [--oob-rule-color=var(--oob-muted-color)] - Event rules and their labels.
 */
export class OobStrengthChart extends OobDataElement {
  static override styles = [themeStyles, stateStyles, tooltipStyles, styles];
  static override properties: PropertyDeclarations = {
    measure: {},
    subject: {},
    echelon: {},
    group: { reflect: true },
    date: {},
    side: {},
    from: {},
    to: {},
    orientation: { reflect: true },
    scale: { reflect: true },
    timeScale: { attribute: 'time-scale' },
    showTable: { type: Boolean, reflect: true, attribute: 'show-table' },
    activeIndex: { state: true, attribute: false },
    tipIndex: { state: true, attribute: false },
    tableRows: { state: true, attribute: false },
  };

  /**
   * Most bars drawn as elements of their own; a chart with more draws them as paths, with one
   * focusable bar that the arrow keys move. Lowered by tests to draw a small chart both ways. @internal
   */
  static maxBarElements = MAX_BAR_ELEMENTS;

  /** Measure(s) to draw, comma-separated (`personnel`, `aircraft`, `artillery`, `tanks`, `trucks`, `horses`…), or `all`. Several measures give one panel each. */
  measure = 'personnel';

  /** Only figures about these subjects, separated by spaces: unit or side ids, or `children-of:ID` for a unit's direct subordinates. Empty: every subject. */
  subject = '';

  /** Only figures about units of this echelon (`regiment`; several separated by spaces). Empty: every echelon. */
  echelon = '';

  /** `time`: bars along a time axis; `subject`: one labelled bar per unit at the snapshot `date`; `auto` picks `subject` for many units at a few dates. */
  group: 'auto' | 'time' | 'subject' = 'auto';

  /** Snapshot date of the by-unit view: each unit's latest figure at or before it. Empty: the provider's date, else each unit's latest figure. */
  date = '';

  /** Only figures of this side id, or `all` to compare sides. Empty: the dataset's perspective side. */
  side = '';

  /** Start of the period to show (`1946`, `1946-06`, `1946-06-06`). */
  from = '';

  /** End of the period to show. */
  to = '';

  /** `vertical`: time runs left to right and bars grow up; `horizontal`: time runs down and bars grow right. The by-unit view always has one row per unit. */
  orientation: 'vertical' | 'horizontal' = 'vertical';

  /**
   * Value scale: `linear` from zero, `log` (zero figures cannot be drawn on it and are listed below the chart), or `auto`:
   * linear, except that in the by-unit view a measure whose figures differ more than 20× gets one panel per echelon with
   * its own scale, or a log scale, as its title says.
   */
  scale: 'auto' | 'linear' | 'log' = 'auto';

  /** Time axis: `auto` keeps true time spacing when bars fit and falls back to evenly spaced dates (`band`) when they do not. */
  timeScale: 'auto' | 'time' | 'band' = 'auto';

  /** Shows the data table under the chart (it is always there for screen readers). */
  showTable = false;

  private activeIndex = 0;
  private tipIndex: number | undefined;
  /** Table rows rendered so far: a shown table comes with the chart, a hidden one once the chart has painted. */
  private tableRows = 0;
  /** Callers of `tableComplete` waiting for the rows. */
  private tableWaiters: (() => void)[] = [];

  private readonly size = new ResizeController(this);
  private readonly uid = `oob-strength-${(instances += 1)}`;
  private readonly filterMemo = new Memo<Selection | undefined>();
  private readonly snapshotMemo = new Memo<Selection | undefined>();
  private readonly layoutMemo = new Memo<StrengthLayout | undefined>();
  /** Bars' spoken descriptions by figure: a scale switch or a resize draws every bar again, in the same words. */
  private readonly descriptionsMemo = new Memo<WeakMap<StrengthPoint, string>>();
  private selection: Selection | undefined;
  private points: StrengthPoint[] = [];
  private pointsById = new Map<string, StrengthPoint>();
  private measures: Measure[] = [];
  private filterProblems: Problem[] = [];
  private layout: StrengthLayout | undefined;
  /** Observations linked to the selection of an enclosing `<oob-dataset>`. */
  private linkedIds: ReadonlySet<string> = new Set();
  private hostWidth = 0;
  /** The observer's width when `hostWidth` was last read. */
  private observedWidth = -1;
  /** Counts renders of the bars, so `data-linked` is re-applied only when bars or links changed. */
  private barRenders = 0;
  private linkedSynced: { renders: number; ids: ReadonlySet<string> } | undefined;
  private barElements: { renders: number; list: SVGGElement[] } = { renders: -1, list: [] };
  /** The bar holding the roving tabindex, and the one the tooltip describes. */
  private roving: SVGGElement | undefined;
  private described: SVGGElement | undefined;
  private focusPending = false;
  /** Bumped by each keyboard move: the focusable bar of a chart drawn as paths is a new element per move (see renderCursor). */
  private cursorKey = 0;
  /** The pending frame, then timer, that fills a big table in. */
  private tableFrame: number | undefined;
  private tableTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatchFonts = watchFonts(this.fontsLoaded);
    // A chunked table interrupted by a removal resumes when the chart is attached again.
    if (this.tableRows < this.points.length) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchFonts();
    if (this.tableFrame !== undefined) cancelAnimationFrame(this.tableFrame);
    clearTimeout(this.tableTimer);
    this.tableFrame = undefined;
    this.tableTimer = undefined;
  }

  private unwatchFonts: () => void = () => {};
  /** Bumped when web fonts finish loading: the layout was measured in a fallback font, so it is computed again. */
  private fontsVersion = 0;
  private readonly fontsLoaded = (): void => {
    if (!this.layout) return;
    this.fontsVersion += 1;
    this.requestUpdate();
  };

  protected override get ownDate(): string | undefined {
    return this.date || undefined;
  }

  /** The host's width and font, read with other charts' before this update lays the chart out from scratch. */
  private metrics: HostMetrics | undefined;

  protected override async scheduleUpdate(): Promise<void> {
    if (!isServer && !this.layout) this.metrics = await hostMetrics(this);
    await super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A bar that has the focus may not survive this update (a new filter, new data): focus then
    // moves to the bar the keyboard is on now (the first, after a new selection), not to the page.
    if (this.hasUpdated && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement?.closest('.bar'))
      this.focusPending = true;
    const dataset = this.parsed;
    const filtered = this.filterMemo.get(
      [dataset, this.measure, this.subject, this.side, this.from, this.to, this.echelon, this.group, this.lang],
      () => (dataset ? selectPoints(dataset, this) : undefined),
    );
    // The provider's date only matters to the by-unit view; a time chart keeps its selection (and focus) while it moves.
    // The base drops an unreadable own date (it would draw the provider's or the latest instead):
    // passed on as it is, it comes back as the filter problem the error panel and oob-error report.
    const date = this.asOf.unreadable ?? this.asOf.text;
    const selection = this.snapshotMemo.get([filtered, date], () => filtered && snapshotSelection(filtered, date));
    if (selection !== this.selection) this.applySelection(selection);
    // The observer triggers the update; the host's own width is the truth (also before it first fires).
    // It is read only when the observer saw a change: reading it forces a synchronous layout, which
    // right after a big table chunk went in costs as much as the chart's whole re-render.
    if (!this.layout || this.size.width !== this.observedWidth) {
      this.observedWidth = this.size.width;
      this.hostWidth = (this.metrics ? this.metrics.width : this.clientWidth) || this.size.width || 640;
    }
    const inputs = [selection, this.hostWidth, this.orientation, this.scale, this.timeScale, this.lang, this.strings, this.fontsVersion];
    this.layout = this.layoutMemo.get(inputs, () => this.computeLayout(selection, this.hostWidth));
    this.metrics = undefined;
    this.activeIndex = Math.min(this.activeIndex, Math.max(0, (this.layout?.bars.length ?? 1) - 1));
    if (this.tipIndex !== undefined && this.tipIndex >= (this.layout?.bars.length ?? 0)) this.tipIndex = undefined;
    this.linkedIds = this.linked.observations;
    if (this.showTable) this.tableRows = this.points.length;
  }

  private applySelection(selection: Selection | undefined): void {
    const before = this.filterProblems;
    this.selection = selection;
    this.points = selection?.points ?? [];
    // A loop, not new Map(points.map(…)): a pair array per figure is thousands of objects at first paint.
    this.pointsById = new Map();
    for (let i = 0; i < this.points.length; i += 1)
      this.pointsById.set((this.points[i] as StrengthPoint).id, this.points[i] as StrengthPoint);
    this.measures = selection?.measures ?? [];
    this.filterProblems = selection?.problems ?? [];
    if (this.filterProblems.length > 0 && JSON.stringify(before) !== JSON.stringify(this.filterProblems)) {
      this.emit('oob-error', { problems: this.filterProblems, origin: 'data' });
    }
    this.activeIndex = 0;
    this.tipIndex = undefined;
    // A hidden table's rows cost as much as the chart's first frame for few figures (table layout
    // is slow), and far more for many: they wait until the chart is on screen. A server has no
    // frames, and a shown table was asked for.
    this.tableRows = isServer || this.showTable ? this.points.length : 0;
  }

  private computeLayout(selection: Selection | undefined, width: number): StrengthLayout | undefined {
    const dataset = this.parsed;
    if (!dataset || !selection || selection.points.length === 0) return undefined;
    const ctx = this.textContext();
    return strengthLayout(selection.points, {
      width,
      orientation: this.orientation === 'horizontal' ? 'horizontal' : 'vertical',
      scale: this.scale === 'log' || this.scale === 'linear' ? this.scale : 'auto',
      timeScale: this.timeScale,
      group: selection.group,
      subjects: selection.subjects,
      snapshot: selection.snapshot,
      scaleWords: {
        own: this.t('scaleOwn', 'own scale'),
        log: this.t('scaleLog', 'log scale: figures differ > 20×'),
        latest: this.t('snapshotLatest', 'The latest figure of each unit'),
        at: this.t('snapshotAt', 'At {date}: the latest figure of each unit at or before it'),
      },
      measures: this.measures,
      measureLabel: ctx.measureLabel,
      sideOrder: [...dataset.sidesById.keys()],
      sideLabel: ctx.sideName,
      events: ruleEvents(dataset),
      lang: this.lang,
      ...(selection.domain ? { domain: selection.domain } : {}),
      words: legendWords(ctx.t),
      ...this.textMeasures(),
    });
  }

  /**
   * Measures text in the chart's own font (the shared fast measurer: per-character advances, as
   * the chart measures thousands of labels), so that labels never overlap whatever font the page
   * has; without a canvas (server rendering) the layout keeps its estimates.
   */
  private textMeasures(): Pick<StrengthLayoutOptions, 'textWidth' | 'textExtent'> {
    if (isServer) return {};
    const family = (this.metrics ? this.metrics.fontFamily : getComputedStyle(this).fontFamily) || 'sans-serif';
    const byWeight = new Map<number, SizedTextMeasure>();
    const measurer = (weight: number): SizedTextMeasure => {
      let measure = byWeight.get(weight);
      if (!measure) byWeight.set(weight, (measure = advanceMeasurer(family, weight)));
      return measure;
    };
    return {
      textWidth: (text, size, weight = 400) => measurer(weight)(text, size),
      textExtent: (size) => fontExtent(`${size}px ${family}`, size),
    };
  }

  private textContext(): TextContext {
    const sides = this.parsed?.sidesById;
    // Asked once per bar (its description): a lookup and an interpolation each time add up.
    const measures = new Map<string, string>();
    return {
      lang: this.lang,
      measureLabel: (m) => {
        let label = measures.get(m);
        if (label === undefined) {
          label = this.t(`measure:${m}`, measureText(m));
          measures.set(m, label);
        }
        return label;
      },
      sideName: (id) => sides?.get(id)?.name ?? id,
      t: (key, english, vars) => this.t(key, english, vars),
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncRoving();
    if (this.tableRows >= this.points.length && this.tableWaiters.length > 0) {
      const waiters = this.tableWaiters;
      this.tableWaiters = [];
      for (const resolve of waiters) resolve();
    }
    // Not for a chart that left the page in the same task as its update (connectedCallback resumes it).
    if (this.isConnected && this.tableRows < this.points.length && this.tableFrame === undefined && this.tableTimer === undefined) {
      // The hidden table goes in after the chart's first frame, a section (TABLE_CHUNK rows) per frame:
      // each section is laid out as a table of its own (see the styles), so a step costs one section.
      this.tableFrame = requestAnimationFrame(() => {
        this.tableFrame = undefined;
        // A frame's callbacks run before it paints: the task queued here runs once it has.
        this.tableTimer = setTimeout(() => {
          this.tableTimer = undefined;
          this.tableRows = Math.min(this.points.length, this.tableRows + TABLE_CHUNK);
        }, 0);
      });
    }
    if (!this.focusPending) return;
    this.focusPending = false;
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (focused?.closest('.bar') && focused.getAttribute('data-index') === String(this.activeIndex)) return;
    this.renderRoot.querySelector<SVGGElement>(`.bar[data-index="${this.activeIndex}"]`)?.focus();
  }

  /**
   * Moves the roving tabindex and the tooltip's aria-describedby to the current bars. Done here
   * rather than in the bar template so a hover or arrow key touches two bars, not all of them.
   */
  private syncRoving(): void {
    // Bars drawn as paths have one focusable outline, which the template keeps up to date.
    if (this.layout && drawsPaths(this.layout, OobStrengthChart.maxBarElements)) {
      this.roving = this.described = undefined;
      return;
    }
    const root = this.renderRoot;
    // The bars in index order (document order), collected once per render of the bars: a hover or
    // an arrow key then touches two bars by index instead of querying thousands.
    if (this.barElements.renders !== this.barRenders) {
      this.barElements = { renders: this.barRenders, list: [...root.querySelectorAll<SVGGElement>('.bar')] };
    }
    const bars = this.barElements.list;
    const roving = bars[this.activeIndex];
    if (this.roving !== roving) {
      this.roving?.setAttribute('tabindex', '-1');
      roving?.setAttribute('tabindex', '0');
      this.roving = roving;
    }
    const described = this.tipIndex === undefined ? undefined : bars[this.tipIndex];
    if (this.described !== described) {
      this.described?.removeAttribute('aria-describedby');
      described?.setAttribute('aria-describedby', `${this.uid}-tooltip`);
      this.described = described;
    }
    // Touching every bar costs milliseconds per update at thousands of bars; hovering needs none of it.
    if (this.linkedSynced?.renders !== this.barRenders || this.linkedSynced.ids !== this.linkedIds) {
      // Nothing was linked and nothing is: no bar carries the attribute, so none need touching.
      const none = this.linkedIds.size === 0 && (this.linkedSynced?.ids.size ?? 0) === 0;
      this.linkedSynced = { renders: this.barRenders, ids: this.linkedIds };
      if (!none) for (const bar of bars) bar.toggleAttribute('data-linked', this.linkedIds.has(bar.dataset['id'] ?? ''));
    }
  }

  /**
   * Resolves once the data table lists every figure drawn (a hidden table fills in after the
   * chart's first frame, 250 rows a frame), while the chart is connected.
   */
  get tableComplete(): Promise<void> {
    return this.updateComplete.then(() =>
      this.tableRows >= this.points.length ? undefined : new Promise<void>((resolve) => this.tableWaiters.push(resolve)),
    );
  }

  /**
   * The chart as a standalone SVG document (styles inlined, background added), as it is drawn when the export's
   * code has loaded (on demand, the first time); empty when nothing is drawn.
   */
  async toSVG(): Promise<string> {
    // Checked first, which spares an empty chart the download, and again once the code is there: the
    // chart may have changed, or left the page, which leaves no styles to copy.
    const drawn = () => (this.isConnected ? this.renderRoot.querySelector<SVGSVGElement>('svg.chart') : null);
    if (!drawn()) return '';
    const { standaloneSVG } = await exportImageCode.load();
    const root = drawn();
    if (!root) return '';
    const background = getComputedStyle(this).getPropertyValue('--_background').trim() || '#ffffff';
    return standaloneSVG(root, { background, title: root.getAttribute('aria-label') ?? '' });
  }

  /** The chart as a PNG image at `scale` (default 2) × its size. Rejects when nothing is drawn. */
  async toPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return pngOf('oob-strength-chart', await this.toSVG(), scale);
  }

  /** The figures shown, as RFC 4180 CSV (one row per observation, with ranges, qualifiers, disputes and sources). */
  toCSV(): string {
    return strengthCSV(this.points, this.textContext().sideName, this.lang);
  }

  /** Moves the roving focus (and the tooltip) to bar `index`. @internal */
  focusBar(index: number): void {
    this.activeIndex = index;
    this.cursorKey += 1;
    this.tipIndex = index;
    this.focusPending = true;
  }

  /** Shows the tooltip of bar `index`, or hides it. @internal */
  showTip(index: number | undefined): void {
    this.tipIndex = index;
  }

  /** Fires `oob-select` for bar `index` and shares it with an enclosing `<oob-dataset>`. @internal */
  selectBar(index: number): void {
    const bar = this.layout?.bars[index];
    if (!bar) return;
    const detail: ObservationSelection = {
      kind: 'observation',
      id: bar.id,
      observation: bar.point.observation,
      citations: bar.point.citations,
    };
    this.activeIndex = index;
    this.emit('oob-select', detail);
  }

  /** The bars, for the event helpers. @internal */
  get bars(): readonly BarLayout[] {
    return this.layout?.bars ?? [];
  }

  /** Index of the bar that has the roving tabindex. @internal */
  get active(): number {
    return this.activeIndex;
  }

  private renderChart(layout: StrengthLayout): TemplateResult {
    const ctx = this.textContext();
    const tooltipId = `${this.uid}-tooltip`;
    const measures = this.measures.map(ctx.measureLabel).join(', ');
    const title =
      layout.group === 'subject'
        ? this.t('chartTitleByUnit', 'Strength by unit: {measures}', { measures })
        : this.t('chartTitle', 'Strength over time: {measures}', { measures });
    const tip = this.tipIndex === undefined ? undefined : layout.bars[this.tipIndex];
    const tipLeft = tip ? Math.max(0, Math.min(tip.shape.tip.x + 12, layout.width - 300)) : 0;
    const tipTop = tip ? Math.max(0, tip.shape.tip.y - 8) : 0;
    const focused = () => (this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null);
    const descriptions = this.descriptionsMemo.get([this.parsed, this.lang, this.strings], () => new WeakMap());
    const describe = (point: StrengthPoint) => {
      let text = descriptions.get(point);
      if (text === undefined) {
        text = barDescription(point, { lang: ctx.lang, measureLabel: ctx.measureLabel, sideName: ctx.sideName });
        descriptions.set(point, text);
      }
      return text;
    };
    return html`<figure part="base" class="chart">
      ${renderSvg({
        uid: this.uid,
        layout,
        title,
        ctx,
        describe,
        host: this,
        focused,
        strings: this.strings,
        active: this.activeIndex,
        cursorKey: this.cursorKey,
        tip: this.tipIndex,
        tooltipId,
        linked: this.linkedIds,
        maxBarElements: OobStrengthChart.maxBarElements,
        onDraw: () => {
          this.barRenders += 1;
          // Bars drawn for the first time need no CSS geometry (it only serves transitions).
          return this.barRenders > 1;
        },
      })}
      <div class="tooltip oob-tooltip" part="tooltip" role="tooltip" id=${tooltipId} ?hidden=${!tip} ${styleProps({ left: tipLeft, top: tipTop })}>
        ${tip ? renderTooltipContent(tip.point, this.pointsById, ctx) : nothing}
      </div>
      ${renderNotes(layout, ctx.t)}
      <div class="toolbar">
        <button part="table-toggle" type="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls=${`${this.uid}-data`}
          @click=${() => (this.showTable = !this.showTable)}>${this.showTable ? this.t('hideTable', 'Hide data table') : this.t('showTable', 'Show data table')}</button>
      </div>
      <div id=${`${this.uid}-data`} class=${this.showTable ? 'data' : 'data sr-only'} role=${this.showTable ? 'region' : nothing}
        aria-label=${this.showTable ? title : nothing} tabindex=${this.showTable ? 0 : nothing}>
        ${guard([this.points, layout.rules.map((r) => r.id).join(' '), this.lang, this.strings, this.tableRows], () =>
          renderDataTable(
            this.points,
            this.pointsById,
            layout.rules,
            ctx,
            this.t('tableCaption', '{title} ({n} figures)', { title, n: this.points.length }),
            this.tableRows,
          ),
        )}
      </div>
    </figure>`;
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.renderState();
    if (state) return state;
    if (this.filterProblems.length > 0)
      return renderErrorPanel(this.filterProblems, this.t('filterErrorHeading', 'This chart cannot be drawn: the filter has problems'));
    if (!this.parsed) return nothing;
    if (!this.layout) {
      const filter = [this.measure || 'personnel', this.subject, this.side, this.from && `from ${this.from}`, this.to && `to ${this.to}`]
        .filter(Boolean)
        .join(', ');
      return renderEmpty(this.t('empty', 'No strength figures match this filter ({filter}).', { filter }));
    }
    return this.renderChart(this.layout);
  }
}
