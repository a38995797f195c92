import { css, unsafeCSS } from 'lit';

/** One themable design token: a public `--oob-*` custom property with its light and dark defaults. */
export interface ThemeToken {
  name: `--oob-${string}`;
  light: string;
  dark: string;
  /** Value under `forced-colors: active` (a CSS system colour), if it differs from the author's. */
  forced?: string;
  description: string;
}

/**
 * The tokens' values: light, dark and forced-colours defaults, in the order docs/theming.md lists them.
 * Apart from their descriptions (below), which only the docs and `THEME_TOKENS` need: an element that
 * imports `themeStyles` alone does not carry them.
 */
const TOKEN_VALUES: readonly Omit<ThemeToken, 'description'>[] = [
  {
    name: '--oob-font-family',
    light: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    dark: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  },
  {
    name: '--oob-arabic-font-family',
    light: '"Noto Naskh Arabic", "Noto Sans Arabic", "Scheherazade New", Amiri, "Noto Sans", serif',
    dark: '"Noto Naskh Arabic", "Noto Sans Arabic", "Scheherazade New", Amiri, "Noto Sans", serif',
  },
  { name: '--oob-font-size', light: '14px', dark: '14px' },
  { name: '--oob-text-color', light: '#1f2328', dark: '#e6edf3', forced: 'CanvasText' },
  { name: '--oob-muted-color', light: '#59636e', dark: '#9198a1', forced: 'CanvasText' },
  { name: '--oob-background', light: '#ffffff', dark: '#0d1117', forced: 'Canvas' },
  { name: '--oob-surface', light: '#f6f8fa', dark: '#161b22', forced: 'Canvas' },
  { name: '--oob-border-color', light: '#d1d9e0', dark: '#3d444d', forced: 'CanvasText' },
  { name: '--oob-accent', light: '#0969da', dark: '#4493f8', forced: 'Highlight' },
  { name: '--oob-error-color', light: '#d1242f', dark: '#f85149', forced: 'CanvasText' },
  { name: '--oob-friendly-fill', light: '#80e0ff', dark: '#2a6f86', forced: 'Canvas' },
  { name: '--oob-hostile-fill', light: '#ff8080', dark: '#8a3434', forced: 'Canvas' },
  { name: '--oob-neutral-fill', light: '#aaffaa', dark: '#2f6b2f', forced: 'Canvas' },
  { name: '--oob-unknown-fill', light: '#ffff80', dark: '#7a7a2a', forced: 'Canvas' },
  { name: '--oob-side-1-fill', light: '#1f6feb', dark: '#58a6ff', forced: 'CanvasText' },
  { name: '--oob-side-2-fill', light: '#cf222e', dark: '#ff7b72', forced: 'CanvasText' },
  { name: '--oob-side-3-fill', light: '#1a7f37', dark: '#3fb950', forced: 'CanvasText' },
  { name: '--oob-side-4-fill', light: '#9a6700', dark: '#d29922', forced: 'CanvasText' },
  { name: '--oob-stroke-width', light: '1.5px', dark: '1.5px' },
  { name: '--oob-radius', light: '4px', dark: '4px' },
  { name: '--oob-spacing', light: '8px', dark: '8px' },
];

const DESCRIPTIONS: Readonly<Record<ThemeToken['name'], string>> = {
  '--oob-font-family': 'Font of all text.',
  '--oob-arabic-font-family': 'Font of Arabic-script (e.g. Uyghur) names.',
  '--oob-font-size': 'Base text size; labels scale from it.',
  '--oob-text-color': 'Text and symbol outlines.',
  '--oob-muted-color': 'Secondary text: dates, notes, axis labels.',
  '--oob-background': 'Chart background.',
  '--oob-surface': 'Panels, tooltips, toolbars.',
  '--oob-border-color': 'Borders, grid lines and links.',
  '--oob-accent': 'Selection, focus and interactive accents.',
  '--oob-error-color': 'Error panel accent.',
  '--oob-friendly-fill': 'Symbol fill for friendly units (APP-6 cyan).',
  '--oob-hostile-fill': 'Symbol fill for hostile units (APP-6 red).',
  '--oob-neutral-fill': 'Symbol fill for neutral units (APP-6 green).',
  '--oob-unknown-fill': 'Symbol fill for units of unknown affiliation (APP-6 yellow).',
  '--oob-side-1-fill': 'Chart colour of the first side.',
  '--oob-side-2-fill': 'Chart colour of the second side.',
  '--oob-side-3-fill': 'Chart colour of the third side.',
  '--oob-side-4-fill': 'Chart colour of the fourth side.',
  '--oob-stroke-width': 'Line width of links, frames and axes.',
  '--oob-radius': 'Corner radius of panels and buttons.',
  '--oob-spacing': 'Base spacing unit.',
};

/**
 * The one token set all oob-charts elements share. Elements read each through a private
 * `--_*` alias with the default as fallback, so a page sets `--oob-accent` once for every chart.
 * `docs/theming.md` lists the same table (a test keeps them in step).
 */
export const THEME_TOKENS: readonly ThemeToken[] = /* @__PURE__ */ TOKEN_VALUES.map((t) => ({
  ...t,
  description: DESCRIPTIONS[t.name] ?? '',
}));

/** `--oob-text-color` -> `--_text-color`: the private alias elements use in their own CSS. */
export function privateName(token: Pick<ThemeToken, 'name'>): string {
  return `--_${token.name.slice('--oob-'.length)}`;
}

function declarations(pick: (t: Omit<ThemeToken, 'description'>) => string | undefined): string {
  return TOKEN_VALUES.flatMap((t) => {
    const value = pick(t);
    return value === undefined ? [] : [`${privateName(t)}: var(${t.name}, ${value});`];
  }).join('\n');
}

function forcedDeclarations(): string {
  // In forced-colors mode the system palette wins over author tokens, so no var() here.
  return TOKEN_VALUES.flatMap((t) => (t.forced ? [`${privateName(t)}: ${t.forced};`] : [])).join('\n');
}

/**
 * Host styles every element includes: the private token aliases for light, dark (by
 * `prefers-color-scheme` unless `theme="light"`, or forced by `theme="dark"`), forced colours and
 * print, plus shared utility classes.
 */
export const themeStyles = css`
  :host {
    ${unsafeCSS(declarations((t) => t.light))}
    display: block;
    box-sizing: border-box;
    color: var(--_text-color);
    background: var(--_background);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.35;
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${unsafeCSS(declarations((t) => t.dark))}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${unsafeCSS(declarations((t) => t.dark))}
    color-scheme: dark;
  }
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      ${unsafeCSS(forcedDeclarations())}
      forced-color-adjust: none;
    }
  }
  @media print {
    :host,
    :host([theme]) {
      ${unsafeCSS(declarations((t) => t.light))}
      color-scheme: light;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [lang|='ug'],
  [lang|='ar'],
  [lang|='fa'],
  [lang|='ur'] {
    font-family: var(--_arabic-font-family);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
