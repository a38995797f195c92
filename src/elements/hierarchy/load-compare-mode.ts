/** Compare mode's code, as `compare-mode.ts` exports it. */
export type CompareMode = typeof import('./compare-mode.js');

let mode: CompareMode | Promise<CompareMode> | undefined;

/**
 * Loads compare mode's code once (a dynamic import: its own chunk for bundlers, a second file
 * beside the script-tag bundle). Returns the module itself once loaded, so that charts created
 * later draw compare mode in their first update.
 */
export function loadCompareMode(): CompareMode | Promise<CompareMode> {
  mode ??= import('./compare-mode.js').then(
    (loaded) => (mode = loaded),
    (error: unknown) => {
      // A failed load (the network) is tried again by the next chart that compares.
      mode = undefined;
      throw error;
    },
  );
  return mode;
}

/** Compare mode's code if it has loaded, else undefined. */
export function loadedCompareMode(): CompareMode | undefined {
  return mode instanceof Promise ? undefined : mode;
}
