import { OobDataset } from './oob-dataset.js';

export { OobDataset };

if (!customElements.get('oob-dataset')) customElements.define('oob-dataset', OobDataset);

declare global {
  interface HTMLElementTagNameMap {
    'oob-dataset': OobDataset;
  }
}
