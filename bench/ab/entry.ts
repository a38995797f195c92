// What the A/B page loads from each build: the strength chart's class (defined under a tag of each
// build's own) and the generator of the armies both draw.
import '../../src/elements/shared/policy-check.js';
export { OobStrengthChart } from '../../src/elements/strength-chart/oob-strength-chart.js';
export { generateOrderOfBattle } from '../../src/data/generate.js';
