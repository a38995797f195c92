/** oob-charts/data: the schema, validation and pure queries, and the built-in dataset. No DOM, no Lit. */
export * from './api.js';
export { iliNationalArmy } from './ili-national-army.js';
