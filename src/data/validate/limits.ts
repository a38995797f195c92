/**
 * Size limits of `parseOrderOfBattle`. Inputs over a limit are rejected with the problem code
 * `too-large` before any expensive check runs, so a hostile or mistaken input returns quickly.
 */

/** Most units a dataset may have. */
export const MAX_UNITS = 200_000;
/** Most array items in the whole input, all arrays together (units, changes, names, citations…). */
export const MAX_ARRAY_ITEMS = 500_000;
/** Most values (array items plus object properties) in the whole input. */
export const MAX_VALUES = 5_000_000;
/** Longest string value, in UTF-16 code units. */
export const MAX_STRING_LENGTH = 10_000;
/** Longest JSON text accepted, in UTF-16 code units (50 MiB). */
export const MAX_JSON_LENGTH = 50 * 1024 * 1024;
/** Deepest nesting of arrays and objects; the root object is depth 0. */
export const MAX_DEPTH = 64;
/** Most problems listed; past this, one final `too-large` problem says how many more were found. */
export const MAX_PROBLEMS = 500;
