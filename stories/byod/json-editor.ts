import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import type { OrderOfBattle, Problem } from '../../src/data/types.js';

/**
 * Story-only live editor: JSON on the left, validation problems as you type, and the chart on the
 * right fed with the last valid dataset. Not part of the library.
 */
@customElement('story-json-editor')
export class StoryJsonEditor extends LitElement {
  static override styles = css`
    :host { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr); gap: 16px; font: 14px/1.4 system-ui, sans-serif; }
    label { font-weight: 600; display: block; margin-bottom: 4px; }
    textarea { width: 100%; min-height: 420px; font: 12px/1.4 ui-monospace, monospace; box-sizing: border-box; }
    .status { margin: 8px 0; }
    .ok { color: #1a7f37; }
    .bad { color: #a40e26; }
    ul { margin: 0; padding-left: 1.2em; max-height: 160px; overflow: auto; }
    code { font-family: ui-monospace, monospace; }
  `;

  /** The initial JSON text. */
  @property({ attribute: false }) initial: OrderOfBattle | undefined;
  @state() private text = '';
  @state() private problems: Problem[] = [];
  @state() private valid: OrderOfBattle | undefined;
  private timer: number | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.text = JSON.stringify(this.initial ?? {}, null, 2);
    this.check();
  }

  private check(): void {
    const result = parseOrderOfBattle(this.text);
    this.problems = result.ok ? [] : result.problems;
    if (result.ok) this.valid = result.dataset.source;
  }

  private handleInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.check(), 150);
  }

  override render() {
    return html`<div>
        <label for="json">Dataset JSON (edit me)</label>
        <textarea id="json" spellcheck="false" .value=${this.text} @input=${this.handleInput}></textarea>
        <div class="status" role="status" aria-live="polite">
          ${
            this.problems.length === 0
              ? html`<span class="ok">Valid: the chart shows it.</span>`
              : html`<span class="bad">${this.problems.length} problem(s); the chart keeps the last valid version.</span>`
          }
        </div>
        ${
          this.problems.length
            ? html`<ul>${this.problems.map((p) => html`<li><code>${p.path || '(whole input)'}</code> ${p.code}: ${p.message}</li>`)}</ul>`
            : nothing
        }
      </div>
      <div><slot></slot>${this.valid ? html`<oob-hierarchy .data=${this.valid} style="height: 480px" aria-label="Chart of the edited dataset"></oob-hierarchy>` : nothing}</div>`;
  }
}
