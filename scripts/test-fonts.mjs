/**
 * The fonts every test page and screenshot brings with it, so pixels and measured text do not depend
 * on the fonts of the machine: Noto Sans (400, 600, 700) and Noto Sans Arabic (400, 700) from the
 * @fontsource packages. `fontFaceCss(base)` rewrites the packages' own @font-face rules to load from
 * `base` (the URL at which node_modules/@fontsource is served) and adds:
 * - the same Arabic files under "Noto Naskh Arabic", the first family of the default Arabic stack, so
 *   a machine that has Naskh installed still draws with the served files (@font-face wins over local);
 * - `:root` values for --oob-font-family: the default Latin stack starts with the generic `system-ui`,
 *   which no @font-face can replace (Chromium maps it to the machine's fontconfig default), so test
 *   pages set the documented theming property to the served family instead.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FONTSOURCE_DIR = fileURLToPath(new URL('../node_modules/@fontsource/', import.meta.url));

/** Family name of the served Latin/Cyrillic/Greek font. */
export const TEST_FONT = 'Noto Sans';
export const TEST_ARABIC_FONT = 'Noto Sans Arabic';
const SHEETS = [
  ['noto-sans', [400, 600, 700]],
  ['noto-sans-arabic', [400, 700]],
];
/** Subsets the built-in and test datasets write in; the others (Devanagari, Vietnamese, maths…) are left out. */
const SUBSET = /\/\* [a-z-]+?-(latin|latin-ext|cyrillic|cyrillic-ext|greek|arabic)-\d+-normal \*\/\n@font-face \{[^}]*\}/g;

/** @font-face rules (and the :root font property) for test pages; `base` ends without a slash. */
export function fontFaceCss(base) {
  const rules = [];
  for (const [pkg, weights] of SHEETS) {
    for (const w of weights) {
      const sheet = readFileSync(`${FONTSOURCE_DIR}${pkg}/${w}.css`, 'utf8');
      const css = [...sheet.matchAll(SUBSET)]
        .map((m) => m[0])
        .join('\n')
        .replaceAll('url(./files/', `url(${base}/${pkg}/files/`);
      if (!css) throw new Error(`oob-charts: no @font-face rules found in @fontsource/${pkg}/${w}.css`);
      rules.push(css);
      if (pkg === 'noto-sans-arabic') rules.push(css.replaceAll("font-family: 'Noto Sans Arabic'", "font-family: 'Noto Naskh Arabic'"));
    }
  }
  rules.push(`:root { --oob-font-family: "${TEST_FONT}", sans-serif; }`);
  return rules.join('\n');
}

/**
 * Script text that loads every served face and resolves when they are ready: unicode-range faces
 * load lazily otherwise, and a first paint in a fallback font would change measured boxes and pixels.
 */
export const loadFontsScript = `Promise.all([...document.fonts].filter((f) => /Noto/.test(f.family)).map((f) => f.load()))
  .then(() => document.fonts.ready)`;
