import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { StrengthPoint } from '../../data/strength-series.js';
import type { Measure, Problem } from '../../data/types.js';
import type { ObservationSelection } from '../../events/index.js';
import { barDescription, formatDate, measureText, strengthCSV, strengthLayout } from '../../layout/strength/index.js';
import type { BarLayout, RuleEvent, StrengthLayout } from '../../layout/strength/index.js';
import { OobDataElement } from '../shared/oob-data-element.js';
import { renderEmpty, renderErrorPanel } from '../shared/error-panel.js';
import { standaloneSVG, svgToPNG } from '../shared/export-image.js';
import { ResizeController } from '../shared/resize-controller.js';
import { stateStyles } from '../shared/state-styles.js';
import { themeStyles } from '../shared/tokens.js';
import { barAt, handleBarKey } from './bar-events.js';
import { renderDataTable } from './data-table.js';
import { renderRules, renderTimeAxis } from './render-axis.js';
import { renderDefs } from './render-defs.js';
import { renderLegend } from './render-legend.js';
import { renderPanel } from './render-panel.js';
import { selectPoints } from './select-points.js';
import { styles } from './styles.js';
import { renderTooltipContent } from './tooltip.js';
import type { TextContext } from './tooltip.js';

let instances = 0;
const LAYOUT_INPUTS = ['orientation', 'scale', 'timeScale', 'lang', 'strings'];
const FILTER_INPUTS = ['parsed', 'measure', 'subject', 'side', 'from', 'to'];

/**
 * Force size over time: one bar per figure the sources give, with its range, qualifier, date
 * precision and citations; contradicting figures side by side, flagged as disputed; one panel per
 * measure; grouped bars per side; dataset events as rules on the time axis.
 *
 * @summary Bar charts of force size over time, with uncertainty and sources.
 *
 * @fires {ObservationSelection} oob-select - A bar was clicked or chosen with Enter/Space; `detail` has the observation and its resolved citations.
 * @fires {OobErrorDetail} oob-error - The data, `src` or the `from`/`to` dates could not be used; `detail.problems` lists each problem with its JSON path.
 *
 * @csspart base - The figure wrapping the chart.
 * @csspart svg - The chart's `<svg>`.
 * @csspart panel - One small-multiple panel (one per measure).
 * @csspart bar - One figure's bar group (focusable).
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
 * @cssprop [--oob-font-family=system-ui, sans-serif] - Font of all text.
 */
export class OobStrengthChart extends OobDataElement {
  static override styles = [themeStyles, stateStyles, styles];

  /** Measure(s) to draw, comma-separated (`personnel`, `aircraft`, `artillery`, `tanks`, `trucks`, `horses`…), or `all`. Several measures give one panel each. */
  @property() measure = 'personnel';

  /** Only figures about this subject: a unit id or a side id. Empty: every subject. */
  @property() subject = '';

  /** Only figures of this side id, or `all` to compare sides. Empty: the dataset's perspective side. */
  @property() side = '';

  /** Start of the period to show (`1946`, `1946-06`, `1946-06-06`). */
  @property() from = '';

  /** End of the period to show. */
  @property() to = '';

  /** `vertical`: time runs left to right and bars grow up; `horizontal`: time runs down and bars grow right. */
  @property({ reflect: true }) orientation: 'vertical' | 'horizontal' = 'vertical';

  /** Value scale: `linear` from zero, or `log` (zero figures cannot be drawn on it and are listed below the chart). */
  @property({ reflect: true }) scale: 'linear' | 'log' = 'linear';

  /** Time axis: `auto` keeps true time spacing when bars fit and falls back to evenly spaced dates (`band`) when they do not. */
  @property({ attribute: 'time-scale' }) timeScale: 'auto' | 'time' | 'band' = 'auto';

  /** Shows the data table under the chart (it is always there for screen readers). */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  @state() private activeIndex = 0;
  @state() private tipIndex: number | undefined;

  private readonly size = new ResizeController(this);
  private readonly uid = `oob-strength-${(instances += 1)}`;
  private points: StrengthPoint[] = [];
  private pointsById = new Map<string, StrengthPoint>();
  private measures: Measure[] = [];
  private domain: [number, number] | undefined;
  private filterProblems: Problem[] = [];
  private layout: StrengthLayout | undefined;
  private layoutWidth = 0;
  private focusPending = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const filtered = FILTER_INPUTS.some((k) => changed.has(k));
    if (filtered) this.selectFigures();
    // The observer triggers the update; the host's own width is the truth (also before it first fires).
    const width = this.clientWidth || this.size.width || 640;
    if (filtered || width !== this.layoutWidth || LAYOUT_INPUTS.some((k) => changed.has(k))) this.relayout(width);
  }

  private selectFigures(): void {
    const dataset = this.parsed;
    const before = this.filterProblems;
    const selection = dataset ? selectPoints(dataset, this) : undefined;
    this.points = selection?.points ?? [];
    this.pointsById = new Map(this.points.map((p) => [p.id, p]));
    this.measures = selection?.measures ?? [];
    this.domain = selection?.domain;
    this.filterProblems = selection?.problems ?? [];
    if (this.filterProblems.length > 0 && JSON.stringify(before) !== JSON.stringify(this.filterProblems)) {
      this.emit('oob-error', { problems: this.filterProblems, origin: 'data' });
    }
    this.activeIndex = 0;
    this.tipIndex = undefined;
  }

  private relayout(width: number): void {
    this.layoutWidth = width;
    const dataset = this.parsed;
    if (!dataset || this.points.length === 0) {
      this.layout = undefined;
      return;
    }
    const events: RuleEvent[] = (dataset.source.events ?? []).flatMap((e) => {
      const date = dataset.dates.get(e.date);
      return date ? [{ id: e.id, title: e.title, type: e.type, date }] : [];
    });
    const ctx = this.textContext();
    this.layout = strengthLayout(this.points, {
      width,
      orientation: this.orientation === 'horizontal' ? 'horizontal' : 'vertical',
      scale: this.scale === 'log' ? 'log' : 'linear',
      timeScale: this.timeScale,
      measures: this.measures,
      measureLabel: ctx.measureLabel,
      sideOrder: [...dataset.sidesById.keys()],
      sideLabel: ctx.sideName,
      events,
      lang: this.lang,
      ...(this.domain ? { domain: this.domain } : {}),
      words: {
        exact: this.t('legendExact', 'exact figure'),
        range: this.t('legendRange', 'range: low to high'),
        approximate: this.t('legendApproximate', 'approximate'),
        disputed: this.t('legendDisputed', 'disputed'),
        citationNeeded: this.t('legendCitationNeeded', 'citation needed'),
      },
    });
    this.activeIndex = Math.min(this.activeIndex, Math.max(0, this.layout.bars.length - 1));
    if (this.tipIndex !== undefined && this.tipIndex >= this.layout.bars.length) this.tipIndex = undefined;
  }

  private textContext(): TextContext {
    const sides = this.parsed?.sidesById;
    return {
      lang: this.lang,
      measureLabel: (m) => this.t(`measure:${m}`, measureText(m)),
      sideName: (id) => sides?.get(id)?.name ?? id,
      t: (key, english, vars) => this.t(key, english, vars),
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.focusPending) return;
    this.focusPending = false;
    this.renderRoot.querySelector<SVGGElement>(`.bar[data-index="${this.activeIndex}"]`)?.focus();
  }

  /** The chart as a standalone SVG document (styles inlined, background added); empty when nothing is drawn. */
  toSVG(): string {
    const root = this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    if (!root) return '';
    const background = getComputedStyle(this).getPropertyValue('--_background').trim() || '#ffffff';
    return standaloneSVG(root, { background, title: root.getAttribute('aria-label') ?? '' });
  }

  /** The chart as a PNG image at `scale` × its size. Rejects when nothing is drawn. */
  async toPNG(scale = 2): Promise<Blob> {
    const text = this.toSVG();
    if (!text) throw new Error('oob-strength-chart: nothing to export');
    return svgToPNG(text, scale);
  }

  /** The figures shown, as RFC 4180 CSV (one row per observation, with ranges, qualifiers, disputes and sources). */
  toCSV(): string {
    return strengthCSV(this.points, this.textContext().sideName, this.lang);
  }

  /** Moves the roving focus (and the tooltip) to bar `index`. @internal */
  focusBar(index: number): void {
    this.activeIndex = index;
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
    const detail: ObservationSelection = { kind: 'observation', id: bar.id, observation: bar.point.observation, citations: bar.point.citations };
    this.activeIndex = index;
    this.emit('oob-select', detail);
    this.provided?.select(detail);
  }

  /** The bars, for the event helpers. @internal */
  get bars(): readonly BarLayout[] {
    return this.layout?.bars ?? [];
  }

  /** Index of the bar that has the roving tabindex. @internal */
  get active(): number {
    return this.activeIndex;
  }

  private renderNotes(layout: StrengthLayout): TemplateResult | typeof nothing {
    const count = (pick: (p: StrengthLayout['panels'][number]) => readonly string[]) => layout.panels.reduce((n, p) => n + pick(p).length, 0);
    const invalid = count((p) => p.invalid);
    const zeros = count((p) => p.zeroOnLog);
    const clamped = count((p) => p.clamped);
    const notes = [
      invalid > 0 ? this.t('noteInvalid', '{n} figure(s) with unusable values (not finite, negative or an inverted range) are not drawn.', { n: invalid }) : '',
      zeros > 0 ? this.t('noteZeroLog', 'Log scale: {n} figure(s) of zero cannot be drawn and are only in the table.', { n: zeros }) : '',
      clamped > 0 ? this.t('noteClamped', 'Log scale: {n} range(s) starting at zero are drawn from the axis.', { n: clamped }) : '',
    ].filter(Boolean);
    return notes.length > 0 ? html`<p class="notes" part="notes" role="note">${notes.join(' ')}</p>` : nothing;
  }

  private renderChart(layout: StrengthLayout): TemplateResult {
    const ctx = this.textContext();
    const styleOf = new Map(layout.sides.map((s, rank) => [s.index, rank % 4]));
    const tooltipId = `${this.uid}-tooltip`;
    const title = this.t('chartTitle', 'Strength over time: {measures}', { measures: this.measures.map(ctx.measureLabel).join(', ') });
    const describe = (bar: BarLayout) => barDescription(bar.point, { lang: this.lang, measureLabel: ctx.measureLabel, sideName: ctx.sideName });
    let offset = 0;
    const panels = layout.panels.map((panel) => {
      const part = renderPanel(
        panel,
        offset,
        (bar, index) => ({
          uid: this.uid,
          style: styleOf.get(bar.sideIndex) ?? 0,
          index,
          active: index === this.activeIndex,
          described: index === this.tipIndex,
          label: describe(bar),
          tooltipId,
        }),
        this.t('panelEmpty', 'No figures'),
      );
      offset += panel.bars.length;
      return part;
    });
    const tip = this.tipIndex === undefined ? undefined : layout.bars[this.tipIndex];
    const tipLeft = tip ? Math.max(0, Math.min(tip.shape.tip.x + 12, layout.width - 300)) : 0;
    const tipTop = tip ? Math.max(0, tip.shape.tip.y - 8) : 0;
    return html`<figure part="base" class="chart" style="margin:0">
      <svg part="svg" class=${`chart ${layout.sides.length > 1 ? 'multi' : 'single'}`} role="group" aria-label=${title} tabindex="-1"
        width=${layout.width} height=${Math.ceil(layout.height)} viewBox=${`0 0 ${layout.width} ${Math.ceil(layout.height)}`}
        @keydown=${(e: KeyboardEvent) => handleBarKey(this, e)}
        @focusin=${(e: FocusEvent) => this.showTip(barAt(e.target))}
        @focusout=${(e: FocusEvent) => barAt(e.relatedTarget) === undefined && this.showTip(undefined)}
        @pointerover=${(e: PointerEvent) => barAt(e.target) !== undefined && this.showTip(barAt(e.target))}
        @pointerleave=${() => this.showTip(barAt(this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null))}
        @click=${(e: MouseEvent) => { const i = barAt(e.target); if (i !== undefined) this.selectBar(i); }}>
        <title>${title}</title>
        ${renderDefs(this.uid)}
        ${renderLegend(layout, this.uid, (i) => styleOf.get(i) ?? 0)}
        ${renderRules(layout.rules, (r) => formatDate(r.date, this.lang))}
        ${panels}
        ${renderTimeAxis(layout)}
      </svg>
      <div class="tooltip" part="tooltip" role="tooltip" id=${tooltipId} ?hidden=${!tip} style=${`left:${tipLeft}px;top:${tipTop}px`}>
        ${tip ? renderTooltipContent(tip.point, this.pointsById, ctx) : nothing}
      </div>
      ${this.renderNotes(layout)}
      <div class="toolbar">
        <button part="table-toggle" type="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls=${`${this.uid}-data`}
          @click=${() => (this.showTable = !this.showTable)}>${this.showTable ? this.t('hideTable', 'Hide data table') : this.t('showTable', 'Show data table')}</button>
      </div>
      <div id=${`${this.uid}-data`} class=${this.showTable ? 'data' : 'data sr-only'} role=${this.showTable ? 'region' : nothing}
        aria-label=${this.showTable ? title : nothing} tabindex=${this.showTable ? 0 : nothing}>
        ${renderDataTable(this.points, this.pointsById, layout.rules, ctx, this.t('tableCaption', '{title} ({n} figures)', { title, n: this.points.length }))}
      </div>
    </figure>`;
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.renderState();
    if (state) return state;
    if (this.filterProblems.length > 0) return renderErrorPanel(this.filterProblems, this.t('filterErrorHeading', 'This chart cannot be drawn: the filter has problems'));
    if (!this.parsed) return nothing;
    if (!this.layout) {
      const filter = [this.measure || 'personnel', this.subject, this.side, this.from && `from ${this.from}`, this.to && `to ${this.to}`].filter(Boolean).join(', ');
      return renderEmpty(this.t('empty', 'No strength figures match this filter ({filter}).', { filter }));
    }
    return this.renderChart(this.layout);
  }
}
