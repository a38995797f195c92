// First: it must listen before Lit loads (see the module).
import '../shared/policy-check.js';
import { OobHierarchy } from './oob-hierarchy.js';

if (!customElements.get('oob-hierarchy')) customElements.define('oob-hierarchy', OobHierarchy);

declare global {
  interface HTMLElementTagNameMap {
    'oob-hierarchy': OobHierarchy;
  }
}

export { OobHierarchy };
