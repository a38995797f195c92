// First: it must listen before Lit loads (see the module).
import '../shared/policy-check.js';
import { OobStrengthChart } from './oob-strength-chart.js';

export { OobStrengthChart };

if (!customElements.get('oob-strength-chart')) customElements.define('oob-strength-chart', OobStrengthChart);

declare global {
  interface HTMLElementTagNameMap {
    'oob-strength-chart': OobStrengthChart;
  }
}
