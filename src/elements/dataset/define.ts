// First: it must listen before Lit loads (see the module).
import '../shared/policy-check.js';
import { OobDataset } from './oob-dataset.js';

export { OobDataset };

if (!customElements.get('oob-dataset')) customElements.define('oob-dataset', OobDataset);

declare global {
  interface HTMLElementTagNameMap {
    'oob-dataset': OobDataset;
  }
}
