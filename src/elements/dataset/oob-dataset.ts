import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import type { ParseResult } from '../../data/types.js';
import type { OobSelectDetail, OobSelectEvent } from '../../events/index.js';
import { oobDatasetContext } from '../shared/dataset-context.js';
import type { OobDatasetContextValue } from '../shared/dataset-context.js';
import type { DatasetOrigin } from '../shared/dataset-input.js';
import { renderErrorPanel } from '../shared/error-panel.js';
import { OobElement } from '../shared/oob-element.js';
import { stateStyles } from '../shared/state-styles.js';
import { themeStyles } from '../shared/tokens.js';
import { validDate } from '../shared/linked.js';
import { styles } from './styles.js';

/**
 * Linked views: loads and validates one order-of-battle dataset once and shares it, a current date
 * and a selection with every oob-charts element inside it. A unit selected in one chart is
 * highlighted in the others; a timeline inside moves the date of all of them. Charts with their own
 * `data` or `src` inside it draw their own data but still follow the shared date; a chart with its
 * own `date` keeps that date.
 *
 * It draws nothing itself (`display: contents`) except an error panel above its content when the
 * dataset is invalid; the charts inside then show a short note pointing to it. Charts already in
 * the page's HTML find it whatever the order of the markup and the scripts.
 *
 * @summary Shares one dataset, a date and a selection with the charts inside it.
 * @slot - The charts (and any other content) that share the dataset.
 * @fires {OobErrorDetail} oob-error - The dataset could not be used; fired once per input, with each problem's JSON path. The charts inside do not fire it again.
 * @fires {OobDateChangeDetail} oob-date-change - A timeline inside moved the shared date (`detail.date`, `YYYY-MM-DD`) or, in range mode, the comparison date (`detail.compare`). Not fired when the page sets `date` or `compare`.
 * @csspart error - The error panel shown above the content when the dataset is invalid.
 * @cssprop [--oob-text-color=#1f2328] - Text of the error panel.
 * @cssprop [--oob-surface=#f6f8fa] - Background of the error panel.
 * @cssprop [--oob-error-color=#d1242f] - Accent of the error panel.
 * @cssprop [--oob-muted-color=#59636e] - Problem codes in the error panel.
 * @cssprop [--oob-radius=4px] - Corner radius of the error panel.
 * @cssprop [--oob-spacing=8px] - Space between the error panel and the content.
 * @cssprop [--oob-font-family=system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif] - Font of the error panel (the content keeps the page's font).
 * @cssprop [--oob-font-size=14px] - Text size of the error panel.
 */
export class OobDataset extends OobElement {
  static override styles = [themeStyles, stateStyles, styles];
  static override properties: PropertyDeclarations = {
    date: {},
    compare: {},
    selection: { attribute: false },
    result: { state: true, attribute: false },
  };

  /** The shared date (EDTF: `1946`, `1946-06`, `1946-06-06`); unset, charts show the latest state. Unreadable dates are ignored. */
  date: string | undefined;

  /**
   * The date to compare `date` with (EDTF), shared with the charts: a range timeline inside sets
   * it with its start thumb, and charts that compare (the hierarchy's `compare` mode) show what
   * changed between the two. Unset or unreadable, nothing is compared.
   */
  compare: string | undefined;

  /** The shared selection; set by `oob-select` events from the charts inside, or by the page. */
  selection: OobSelectDetail | undefined;

  /** The parsed dataset or its problems; `undefined` while `src` loads. */
  private result: ParseResult | undefined;

  /**
   * What the charts inside consume: a new object on every change, so subscribers update.
   * @internal
   */
  get shared(): OobDatasetContextValue | undefined {
    return this.provider.value;
  }
  set shared(value: OobDatasetContextValue | undefined) {
    this.provider.setValue(value);
  }

  private readonly provider = new ContextProvider(this, { context: oobDatasetContext });

  constructor() {
    super();
    // Charts that ask before the first update get "loading", not nothing (which would send them
    // to the built-in dataset for a frame).
    this.shared = this.context(undefined);
    // The one upward channel: charts announce selections with the bubbling `oob-select`.
    this.addEventListener('oob-select', this.handleSelect);
  }

  /** Shares a selection with every chart inside (charts' `oob-select` events do this for you). */
  select = (selection: OobSelectDetail | undefined): void => {
    this.selection = selection;
  };

  /** Moves the shared date (a timeline inside calls this) and fires `oob-date-change`. */
  setDate = (date: string): void => {
    if (date === this.date || validDate(date) === undefined) return;
    this.date = date;
    this.emitDateChange();
  };

  /** Moves the shared comparison date (a range timeline inside calls this) and fires `oob-date-change`. */
  setCompare = (compare: string | undefined): void => {
    if (compare === this.compare || (compare !== undefined && validDate(compare) === undefined)) return;
    this.compare = compare;
    this.emitDateChange();
  };

  private emitDateChange(): void {
    const date = validDate(this.date);
    const compare = validDate(this.compare);
    if (date !== undefined) this.emit('oob-date-change', compare === undefined ? { date } : { date, compare });
  }

  private context(result: ParseResult | undefined): OobDatasetContextValue {
    const { select, setDate, setCompare } = this;
    return { result, date: validDate(this.date), compare: validDate(this.compare), selection: this.selection, select, setDate, setCompare };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('src') || !this.hasUpdated) {
      if (this.hasOwnInput()) this.useOwnInput();
      else this.input.useBuiltIn();
      this.result = this.input.result;
    }
    if (this.hasUpdated && !['result', 'date', 'compare', 'selection'].some((name) => changed.has(name))) return;
    this.shared = this.context(this.result);
  }

  protected override received(result: ParseResult, origin: DatasetOrigin): void {
    this.result = result;
    super.received(result, origin);
  }

  private handleSelect = (event: OobSelectEvent): void => {
    this.select(event.detail);
  };

  override render() {
    const problems = this.result && !this.result.ok ? this.result.problems : [];
    const heading = this.t('datasetErrorHeading', 'These charts cannot be drawn: the data has problems');
    return html`${problems.length > 0 ? html`<div class="panel">${renderErrorPanel(problems, heading)}</div>` : nothing}<slot></slot>`;
  }
}
