// First: it must listen before Lit loads (see the module).
import '../shared/policy-check.js';
import { OobRankTable } from './oob-rank-table.js';

export { OobRankTable };

if (!customElements.get('oob-rank-table')) customElements.define('oob-rank-table', OobRankTable);

declare global {
  interface HTMLElementTagNameMap {
    'oob-rank-table': OobRankTable;
  }
}
