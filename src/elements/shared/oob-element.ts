import { LitElement } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { OrderOfBattle, ParseResult } from '../../data/types.js';
import { emit } from '../../events/index.js';
import type { OobEventMap } from '../../events/index.js';
import { ensureContextRoot } from './context-root.js';
import { POLICY_MESSAGE, trustedTypesBlocked } from './policy-check.js';
import { DatasetInput, hasData } from './dataset-input.js';
import type { DatasetOrigin } from './dataset-input.js';
import { DEFAULT_TIMEOUT } from './resolve-dataset.js';
import { builtInStringsPending, lookupString } from './strings.js';
import { OnDemandUse } from './on-demand.js';

/**
 * What every oob-charts element shares, the charts and `<oob-dataset>` alike: the input
 * properties (`data`, `src`, `timeout`), the UI language and strings, the theme, the
 * {@link DatasetInput} controller that turns the input into a parsed dataset, and the typed `emit`.
 */
export class OobElement extends LitElement {
  static override properties: PropertyDeclarations = {
    data: {},
    src: {},
    timeout: { type: Number },
    lang: {},
    strings: { attribute: false },
    theme: { reflect: true },
  };

  /** The dataset: an object in the oob-charts schema, or its JSON text. Takes precedence over `src`. */
  data: OrderOfBattle | string | undefined;

  /** URL of a JSON dataset to fetch (CORS rules apply). A change aborts the previous request. */
  src: string | undefined;

  /**
   * Milliseconds to wait for `src` before showing an error (`fetch-timeout`); 0 waits forever.
   * A body larger than 50 MiB is refused as it streams in.
   */
  timeout = DEFAULT_TIMEOUT;

  /**
   * Language of the names to show (BCP 47, e.g. `ug` for Uyghur names in Arabic script); names
   * missing in it fall back to the dataset's default name. Also picks built-in UI translations.
   */
  override lang = '';

  /** Overrides of the element's UI text by key, e.g. `{ loading: 'Chargement…' }`. */
  strings: Readonly<Record<string, string>> = {};

  /** Colour theme. Unset, it follows `prefers-color-scheme`. */
  theme: 'light' | 'dark' | undefined;

  /** Loads `data`, `src` or the built-in dataset; delivers to {@link OobElement.received}. */
  protected readonly input = new DatasetInput(this, (result, origin) => this.received(result, origin));

  /** Code the element draws with once loaded (a tooltip, a mode): `updateComplete` waits for what it started. */
  protected readonly onDemand = new OnDemandUse(this);

  constructor() {
    super();
    ensureContextRoot();
  }

  /**
   * On a page whose policy refused Lit's Trusted Types policy, Lit cannot render: the element shows
   * the reason as plain text (DOM APIs need no policy) and never runs Lit's update.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    if (trustedTypesBlocked() && this.renderRoot && !this.renderRoot.querySelector('[part="error"]')) {
      const message = document.createElement('p');
      message.setAttribute('part', 'error');
      message.setAttribute('role', 'alert');
      message.textContent = POLICY_MESSAGE;
      this.renderRoot.append(message);
    }
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    return !trustedTypesBlocked() && super.shouldUpdate(changed);
  }

  /** Whether the element has `data` or `src` of its own. */
  protected hasOwnInput(): boolean {
    return hasData(this.data) || Boolean(this.src);
  }

  /** Starts resolving the element's own `data` or `src`. */
  protected useOwnInput(): void {
    this.input.use(this.data, this.src, { timeout: this.timeout });
  }

  /** A result of `input` arrived: own input reports its problems once, with `oob-error`. */
  protected received(result: ParseResult, origin: DatasetOrigin): void {
    if (!result.ok) this.emit('oob-error', { problems: result.problems, origin: origin === 'src' ? 'src' : 'data' });
  }

  /**
   * An element whose `lang` has built-in UI strings not loaded yet draws once they are (so its first
   * paint is already in that language, and a drawn element keeps its text until then); `updateComplete`
   * waits for them. If they cannot be loaded, it draws in English.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = builtInStringsPending(this.lang);
    if (!strings) return super.scheduleUpdate();
    const update = () => super.scheduleUpdate();
    return strings.then(update, update);
  }

  /**
   * `updateComplete` also waits for the built-in dataset when it is being loaded, and for on-demand
   * code the element started loading, and for the updates they bring, so it means "drawn".
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let p = this.input.builtInPending ?? this.onDemand.pending; p; p = this.input.builtInPending ?? this.onDemand.pending) {
      await p;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Dispatches one of the documented oob-charts events from this element. */
  protected emit<K extends keyof OobEventMap>(name: K, detail: OobEventMap[K]['detail']): boolean {
    return emit(this, name, detail);
  }

  /** A UI string in the element's language: `strings` overrides, built-in locale, then `english`. */
  protected t(key: string, english: string, vars?: Readonly<Record<string, string | number>>): string {
    return lookupString(key, english, this.lang, this.strings, vars);
  }
}
