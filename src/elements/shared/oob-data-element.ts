import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { NO_LINKS, linkedItems } from '../../data/linked-items.js';
import type { LinkedItems } from '../../data/linked-items.js';
import type { Dataset, ParseResult, Problem } from '../../data/types.js';
import type { OobSelectDetail } from '../../events/index.js';
import { Memo } from '../../layout/memo.js';
import { oobDatasetContext } from './dataset-context.js';
import type { OobDatasetContextValue } from './dataset-context.js';
import { awaitsProvider } from './context-root.js';
import type { DatasetOrigin } from './dataset-input.js';
import { renderErrorNote, renderErrorPanel, renderLoading } from './error-panel.js';
import { NO_DATE, linkedSelection, resolveDate } from './linked.js';
import type { ResolvedDate } from './linked.js';
import { OobElement } from './oob-element.js';

/**
 * Subscribes `host` to the enclosing `<oob-dataset>`'s context: each new value goes to `provided`,
 * and the host updates with `provided` among its changed properties. (Not a declared reactive
 * property, and outside the class: the manifest's analyser would list either as a public member,
 * where the field is internal.)
 */
function consumeProvided(host: OobDataElement): ContextConsumer<typeof oobDatasetContext, OobDataElement> {
  return new ContextConsumer(host, {
    context: oobDatasetContext,
    subscribe: true,
    callback: (value) => {
      const old = host.provided;
      host.provided = value;
      host.requestUpdate('provided', old);
    },
  });
}

/**
 * Base class of every oob-charts chart: resolves `data`, `src`, an enclosing `<oob-dataset>` or the
 * built-in Ili National Army dataset into a validated {@link Dataset} (`this.parsed`), and reports problems.
 *
 * @fires {OobErrorDetail} oob-error - The data could not be used; `detail.problems` lists each problem with its JSON path.
 * @csspart error - The error panel shown instead of the chart.
 * @csspart loading - The loading message shown while `src` is fetched.
 * @csspart empty - The message shown when there is nothing to draw.
 *
 * The shared theme tokens (listed with light and dark defaults in docs/theming.md; a test keeps that
 * table in step with `THEME_TOKENS`):
 * @cssprop [--oob-font-family=system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif] - Font of all text. Dark default: `system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif`.
 * @cssprop [--oob-arabic-font-family="Noto Naskh Arabic", "Noto Sans Arabic", "Scheherazade New", Amiri, "Noto Sans", serif] - Font of Arabic-script (e.g. Uyghur) names. Dark default: `"Noto Naskh Arabic", "Noto Sans Arabic", "Scheherazade New", Amiri, "Noto Sans", serif`.
 * @cssprop [--oob-font-size=14px] - Base text size; labels scale from it. Dark default: `14px`.
 * @cssprop [--oob-text-color=#1f2328] - Text and symbol outlines. Dark default: `#e6edf3`.
 * @cssprop [--oob-muted-color=#59636e] - Secondary text: dates, notes, axis labels. Dark default: `#9198a1`.
 * @cssprop [--oob-background=#ffffff] - Chart background. Dark default: `#0d1117`.
 * @cssprop [--oob-surface=#f6f8fa] - Panels, tooltips, toolbars. Dark default: `#161b22`.
 * @cssprop [--oob-border-color=#d1d9e0] - Borders, grid lines and links. Dark default: `#3d444d`.
 * @cssprop [--oob-accent=#0969da] - Selection, focus and interactive accents. Dark default: `#4493f8`.
 * @cssprop [--oob-error-color=#d1242f] - Error panel accent. Dark default: `#f85149`.
 * @cssprop [--oob-friendly-fill=#80e0ff] - Symbol fill for friendly units (APP-6 cyan). Dark default: `#2a6f86`.
 * @cssprop [--oob-hostile-fill=#ff8080] - Symbol fill for hostile units (APP-6 red). Dark default: `#8a3434`.
 * @cssprop [--oob-neutral-fill=#aaffaa] - Symbol fill for neutral units (APP-6 green). Dark default: `#2f6b2f`.
 * @cssprop [--oob-unknown-fill=#ffff80] - Symbol fill for units of unknown affiliation (APP-6 yellow). Dark default: `#7a7a2a`.
 * @cssprop [--oob-side-1-fill=#1f6feb] - Chart colour of the first side. Dark default: `#58a6ff`.
 * @cssprop [--oob-side-2-fill=#cf222e] - Chart colour of the second side. Dark default: `#ff7b72`.
 * @cssprop [--oob-side-3-fill=#1a7f37] - Chart colour of the third side. Dark default: `#3fb950`.
 * @cssprop [--oob-side-4-fill=#9a6700] - Chart colour of the fourth side. Dark default: `#d29922`.
 * @cssprop [--oob-stroke-width=1.5px] - Line width of links, frames and axes. Dark default: `1.5px`.
 * @cssprop [--oob-radius=4px] - Corner radius of panels and buttons. Dark default: `4px`.
 * @cssprop [--oob-spacing=8px] - Base spacing unit. Dark default: `8px`.
 */
export class OobDataElement extends OobElement {
  static override properties: PropertyDeclarations = {
    parsed: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    providerMissing: { state: true, attribute: false },
  };

  /** The validated dataset being drawn, when there is one. */
  protected parsed: Dataset | undefined;

  /** Problems of the current input; non-empty means the error panel is shown. */
  protected problems: readonly Problem[] = [];

  /** True while `src` (or the enclosing provider's data) is being loaded. */
  protected loading = false;

  /**
   * The enclosing `<oob-dataset>`'s shared state, if any.
   * @internal
   */
  provided: OobDatasetContextValue | undefined;

  /** The subscription to the enclosing `<oob-dataset>`, which sets `provided` on every change of its data, date or selection. */
  private readonly providerContext = consumeProvided(this);

  /** The date to draw, resolved once per update from the element's own date and the provider's. */
  protected asOf: ResolvedDate = NO_DATE;

  /** The date to compare `asOf` with: the element's own `compare`, else the provider's (a range's start). */
  protected comparedWith: ResolvedDate = NO_DATE;

  /** The provider's selection, when this element draws the provider's dataset (else `undefined`). */
  protected linkedSelection: OobSelectDetail | undefined;

  /** What that selection links to in this element's dataset (units, ranks, figures, events…). */
  protected linked: LinkedItems = NO_LINKS;

  /** True when the enclosing `<oob-dataset>` stayed undefined for `timeout` ms (its definition was never loaded). */
  private providerMissing = false;

  /** True when the problems shown are the enclosing provider's, which lists them itself. */
  private problemsOfProvider = false;
  private providerWait: ReturnType<typeof setTimeout> | undefined;
  private hasResolved = false;
  private lastProvidedResult: ParseResult | undefined;
  private readonly linkedMemo = new Memo<LinkedItems>();

  /**
   * The element's own date, for elements that have a `date` property; it pins the element like
   * its own `data` does. Unset, the element follows the provider's date.
   */
  protected get ownDate(): string | null | undefined {
    return undefined;
  }

  /** The element's own comparison date, for elements that have a `compare` property. */
  protected get ownCompare(): string | null | undefined {
    return undefined;
  }

  override connectedCallback(): void {
    // Forget the provider of the previous place: connecting asks again (synchronously), and a chart
    // moved out of an `<oob-dataset>` must not keep drawing its dataset.
    const provided = this.provided;
    this.provided = undefined;
    this.requestUpdate('provided', provided);
    // Still waiting for a provider that was not defined yet: look again from the new place.
    if (this.loading && !this.input.loading) {
      this.hasResolved = false;
      this.requestUpdate();
    }
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.providerWait);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The provider's value changes with every shared date or selection; it only matters to charts
    // that draw the provider's dataset (no data or src of their own).
    const usesProvider = !this.hasOwnInput() && changed.has('provided');
    if (changed.has('data') || changed.has('src') || usesProvider || !this.hasResolved) this.resolveInput();
    const first = !this.hasUpdated;
    if (first || changed.has('provided') || changed.has('date')) this.asOf = resolveDate(this.ownDate, this.provided?.date);
    if (first || changed.has('provided') || changed.has('compare'))
      this.comparedWith = resolveDate(this.ownCompare, this.provided?.compare);
    this.linkedSelection = linkedSelection(this.provided, this.parsed);
    const { parsed, linkedSelection: selection } = this;
    const date = this.asOf.text;
    this.linked =
      parsed && selection ? this.linkedMemo.get([parsed, selection, date], () => linkedItems(parsed, selection, date)) : NO_LINKS;
  }

  private resolveInput(): void {
    this.hasResolved = true;
    clearTimeout(this.providerWait);
    this.providerMissing = false;
    const provided = this.hasOwnInput() ? undefined : this.provided;
    // Unchanged provider data (only its date or selection moved): nothing to resolve.
    if (provided?.result && provided.result === this.lastProvidedResult && !this.loading) return;
    this.lastProvidedResult = provided?.result;
    if (this.hasOwnInput()) {
      this.useOwnInput();
    } else if (provided || awaitsProvider(this)) {
      // Inside a provider: its data, or "loading" until it has some (or until its definition loads
      // and its request replay brings it).
      this.input.clear();
      if (provided?.result) this.show(provided.result, true);
      else if (!provided && this.timeout > 0) {
        // A provider whose definition never loads would leave the chart loading for good.
        this.providerWait = setTimeout(() => (this.providerMissing = !this.provided && awaitsProvider(this)), this.timeout);
      }
    } else {
      this.input.useBuiltIn();
    }
    if (this.input.loading || (!this.input.result && !provided?.result)) this.showLoading();
  }

  private showLoading(): void {
    this.loading = true;
    this.problems = [];
    this.parsed = undefined;
  }

  protected override received(result: ParseResult, origin: DatasetOrigin): void {
    this.show(result, false);
    super.received(result, origin);
  }

  private show(result: ParseResult, ofProvider: boolean): void {
    this.loading = false;
    this.problemsOfProvider = ofProvider;
    this.parsed = result.ok ? result.dataset : undefined;
    this.problems = result.ok ? [] : result.problems;
  }

  /** The loading or error state to render instead of the chart, if any. */
  protected renderState(): TemplateResult | undefined {
    if (this.providerMissing) {
      const message = 'This chart waits for its <oob-dataset>, which is not defined: load oob-charts/elements/dataset or the bundle.';
      return renderErrorNote(this.t('providerMissing', message));
    }
    if (this.loading) return renderLoading(this.t('loading', 'Loading order of battle…'));
    if (this.problems.length > 0 && this.problemsOfProvider) {
      // The provider lists the problems once, above its content; repeating them per chart buries the page.
      return renderErrorNote(this.t('providerError', 'This chart cannot be drawn: see the data problems listed above.'));
    }
    if (this.problems.length > 0) {
      return renderErrorPanel(this.problems, this.t('errorHeading', 'This chart cannot be drawn: the data has problems'));
    }
    return undefined;
  }
}
