import { LitElement } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Dataset, OrderOfBattle, ParseResult, Problem } from '../../data/types.js';
import { emit } from '../../events/index.js';
import type { OobEventMap } from '../../events/index.js';
import { oobDatasetContext } from './dataset-context.js';
import type { OobDatasetContextValue } from './dataset-context.js';
import { LatestDatasetRequest, defaultDataset, resolveData } from './resolve-dataset.js';
import { renderErrorNote, renderErrorPanel, renderLoading } from './error-panel.js';
import { lookupString } from './strings.js';
import { awaitsProvider, ensureContextRoot } from './context-root.js';

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
export class OobDataElement extends LitElement {
  /** The dataset: an object in the oob-charts schema, or its JSON text. Takes precedence over `src`. */
  @property() data: OrderOfBattle | string | undefined;

  /** URL of a JSON dataset to fetch (CORS rules apply). A change aborts the previous request. */
  @property() src: string | undefined;

  /**
   * Language of the names to show (BCP 47, e.g. `ug` for Uyghur names in Arabic script); names
   * missing in it fall back to the dataset's default name. Also picks built-in UI translations.
   */
  @property() override lang = '';

  /** Overrides of the element's UI text by key, e.g. `{ loading: 'Chargement…' }`. */
  @property({ attribute: false }) strings: Readonly<Record<string, string>> = {};

  /** Colour theme. Unset, it follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  /** The validated dataset being drawn, when there is one. */
  @state() protected parsed: Dataset | undefined;

  /** Problems of the current input; non-empty means the error panel is shown. */
  @state() protected problems: readonly Problem[] = [];

  /** True while `src` is being fetched. */
  @state() protected loading = false;

  /**
   * The enclosing `<oob-dataset>`'s shared state, if any.
   * @internal
   */
  @consume({ context: oobDatasetContext, subscribe: true })
  @state()
  provided: OobDatasetContextValue | undefined;

  private readonly request = new LatestDatasetRequest();

  /** True when the problems shown are the enclosing provider's, which lists them itself. */
  private problemsOfProvider = false;

  constructor() {
    super();
    ensureContextRoot();
  }

  override connectedCallback(): void {
    // Forget the provider of the previous place: connecting asks again (synchronously), and a chart
    // moved out of an `<oob-dataset>` must not keep drawing its dataset.
    this.provided = undefined;
    // Still loading means the last disconnect cut a request (or a wait for the provider) short.
    if (this.loading) {
      this.hasResolved = false;
      this.requestUpdate();
    }
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request.cancel();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The provider's value changes with every shared date or selection; it only matters to charts
    // that draw the provider's dataset (no data or src of their own).
    const usesProvider = !this.hasOwnInput() && changed.has('provided');
    if (changed.has('data') || changed.has('src') || usesProvider || !this.hasResolved) this.resolveInput();
  }

  private hasResolved = false;
  private lastProvidedResult: ParseResult | undefined;

  private hasOwnInput(): boolean {
    return (this.data !== undefined && this.data !== null && this.data !== '') || Boolean(this.src);
  }

  private resolveInput(): void {
    this.hasResolved = true;
    const provided = this.hasOwnInput() ? undefined : this.provided;
    // Unchanged provider data (only its date or selection moved): nothing to resolve.
    if (provided?.result && provided.result === this.lastProvidedResult && !this.loading) return;
    this.lastProvidedResult = provided?.result;
    if (this.data !== undefined && this.data !== null && this.data !== '') {
      this.cancelRequest();
      this.apply(resolveData(this.data), 'data');
    } else if (this.src) {
      this.load(this.src);
    } else if (provided || awaitsProvider(this)) {
      // Inside a provider: its data, or "loading" until it has some (or until its definition loads
      // and its request replay brings it).
      this.cancelRequest();
      if (provided?.result) {
        this.apply(provided.result, 'data', false);
      } else {
        this.parsed = undefined;
        this.problems = [];
        this.loading = true;
      }
    } else {
      this.cancelRequest();
      this.apply(defaultDataset(), 'data');
    }
  }

  private cancelRequest(): void {
    this.request.cancel();
    this.loading = false;
  }

  private load(url: string): void {
    this.loading = true;
    this.problems = [];
    this.parsed = undefined;
    this.request.load(url, (result) => this.apply(result, 'src'));
  }

  private apply(result: ParseResult, origin: 'data' | 'src', report = true): void {
    this.loading = false;
    this.problemsOfProvider = !report;
    if (result.ok) {
      this.parsed = result.dataset;
      this.problems = [];
    } else {
      this.parsed = undefined;
      this.problems = result.problems;
      // The provider reports its own problems once; the charts inside only show them.
      if (report) this.emit('oob-error', { problems: result.problems, origin });
    }
  }

  /** Dispatches one of the documented oob-charts events from this element. */
  protected emit<K extends keyof OobEventMap>(name: K, detail: OobEventMap[K]['detail']): boolean {
    return emit(this, name, detail);
  }

  /** A UI string in the element's language: `strings` overrides, built-in locale, then `english`. */
  protected t(key: string, english: string, vars?: Readonly<Record<string, string | number>>): string {
    return lookupString(key, english, this.lang, this.strings, vars);
  }

  /** The loading or error state to render instead of the chart, if any. */
  protected renderState(): TemplateResult | undefined {
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
