// First: it must listen before Lit loads (see the module).
import '../shared/policy-check.js';
import { OobTimeline } from './oob-timeline.js';

export { OobTimeline };

if (!customElements.get('oob-timeline')) customElements.define('oob-timeline', OobTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'oob-timeline': OobTimeline;
  }
}
