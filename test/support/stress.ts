/**
 * `npm run test:stress` runs test/hardening with `window.oobStress = true` (web-test-runner.stress.config.mjs):
 * the same tests, with the sizes and counts of the outside probe instead of the quick ones `npm test` uses.
 */
export const STRESS = (globalThis as { oobStress?: boolean }).oobStress === true;

/** `quick` in `npm test`, `stress` in `npm run test:stress`. */
export function scaled<T>(quick: T, stress: T): T {
  return STRESS ? stress : quick;
}
