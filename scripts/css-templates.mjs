// Minifies the CSS inside Lit `css` tagged templates of JavaScript or TypeScript source, for the
// builds (scripts/build.mjs: the ESM modules and the script-tag bundle; scripts/size.mjs). JS
// minifiers keep template text as it is, and CSS in templates is most of an element's styles module.
// Only `css` templates: `html` and `svg` template text is DOM text, where whitespace can show.
// Every minified template is checked against its original with esbuild's CSS parser (both minified
// by esbuild must come out the same, interpolations stood in for by placeholders); a difference
// fails the build rather than ship CSS that means something else.
import { transformSync } from 'esbuild';

/**
 * CSS text with comments dropped and whitespace collapsed: runs become one space, and none is kept
 * beside `{`, `}` or `;`, before `,`, or after `:` (a space after a colon is never a descendant combinator,
 * one before it can be, as in `.a :hover`). Quoted strings are kept as written. Whitespace at either
 * end stays as one space: there the text meets an interpolation (`auto ${h}px`).
 */
export function minifyCss(text) {
  let out = '';
  let i = 0;
  const n = text.length;
  const space = () => {
    if (out.length > 0 && !out.endsWith(' ')) out += ' ';
  };
  while (i < n) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error('minifyCss: unterminated comment');
      i = end + 2;
      space();
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '\\') {
      // An escape in the template's raw text (`\\2014`, `\``): kept whole, with the character it escapes.
      out += text.slice(i, i + 2);
      i += 2;
    } else if (/\s/.test(c)) {
      space();
      i += 1;
    } else if ('{};'.includes(c)) {
      if (out.endsWith(' ')) out = out.slice(0, -1);
      out += c;
      i += 1;
      while (i < n && /\s/.test(text[i])) i += 1;
    } else if (c === ',') {
      // The space after a comma stays: esbuild keeps var() fallbacks as written, so the check below
      // could not tell `var(--a, b)` from `var(--a,b)` (the same CSS); it costs almost nothing in gzip.
      if (out.endsWith(' ')) out = out.slice(0, -1);
      out += c;
      i += 1;
    } else if (c === ':') {
      out += c;
      i += 1;
      while (i < n && /\s/.test(text[i])) i += 1;
    } else {
      out += c;
      i += 1;
    }
  }
  // Text that started with whitespace (after a backtick or an interpolation) keeps one space there; so
  // does whitespace alone, between two interpolations (`${top} ${right}`).
  if (out.length === 0) return /\s/.test(text) ? ' ' : '';
  if (/^\s/.test(text) && !out.startsWith(' ') && !'{};'.includes(out[0])) out = ` ${out}`;
  return out;
}

/** Index just past the template literal whose opening backtick is at `start`; `quasis` gets its text parts. */
function scanTemplate(code, start, quasis) {
  let i = start + 1;
  let from = i;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') {
      quasis?.push([from, i]);
      return i + 1;
    } else if (c === '$' && code[i + 1] === '{') {
      quasis?.push([from, i]);
      i = scanCode(code, i + 2, '}');
      from = i;
    } else i += 1;
  }
  throw new Error('css-templates: unterminated template literal');
}

/**
 * Walks JavaScript from `i` to the `close` character at depth 0 (or to the end), skipping strings,
 * comments, regular expressions and templates; calls `onCss` for each `css` tagged template.
 * Returns the index just past `close`.
 */
function scanCode(code, i, close, onCss) {
  let depth = 0;
  // Whether a `/` here would start a regular expression (after an operator or an opening bracket).
  let regexAllowed = true;
  while (i < code.length) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      i = end < 0 ? code.length : end;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? code.length : end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      i = j + 1;
      regexAllowed = false;
    } else if (c === '`') {
      const tagged = /(^|[^\w$.])css\s*$/.test(code.slice(Math.max(0, i - 12), i));
      const quasis = tagged ? [] : undefined;
      const end = scanTemplate(code, i, quasis);
      if (tagged && onCss) onCss(quasis);
      i = end;
      regexAllowed = false;
    } else if (c === '/' && regexAllowed) {
      let j = i + 1;
      let inClass = false;
      while (j < code.length && (inClass || code[j] !== '/')) {
        if (code[j] === '\\') j += 1;
        else if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        j += 1;
      }
      i = j + 1;
      regexAllowed = false;
    } else if (c === close && depth === 0) {
      return i + 1;
    } else {
      if ('({['.includes(c)) depth += 1;
      else if (')]}'.includes(c)) depth -= 1;
      if (!/\s/.test(c)) regexAllowed = !/[\w$)\]]/.test(c) || KEYWORDS_BEFORE_EXPRESSION.test(wordBefore(code, i + 1));
      i += 1;
    }
  }
  return i;
}

/** Words after which a `/` starts a regular expression, not a division. */
const KEYWORDS_BEFORE_EXPRESSION = /^(return|typeof|case|do|else|in|of|void|yield|await)$/;

function wordBefore(code, end) {
  let start = end;
  while (start > 0 && /[\w$]/.test(code[start - 1])) start -= 1;
  return code.slice(start, end);
}

/**
 * esbuild's minified reading of CSS text whose interpolations are placeholders: equal means same CSS.
 * An interpolation where a declaration starts (`{ ${rules} display: block`) stands for declarations,
 * elsewhere for a word (`${height}px`); the same placeholders go into both texts compared.
 */
function canonical(parts, original = parts) {
  const text = parts
    .map((p, k) => (k === 0 ? p : `${/[{;]\s*$/.test(original[k - 1]) ? `--oob-interpolation-${k}:0;` : `__oob_interpolation_${k}__`}${p}`))
    .join('');
  // esbuild keeps some text as written (a custom property's value, an @container query), spaces after
  // colons included; CSS never reads those (a selector cannot have one, a value's is trimmed).
  return transformSync(text, { loader: 'css', minify: true, logLevel: 'silent' }).code.replace(/:\s+/g, ':');
}

/**
 * `code` with the CSS of every `css` tagged template minified (see minifyCss), and how many bytes that
 * saved. Throws if a minified template would not parse to the same CSS as its original.
 */
export function minifyCssTemplates(code, file = 'input') {
  const edits = [];
  scanCode(code, 0, undefined, (quasis) => {
    const before = quasis.map(([a, b]) => code.slice(a, b));
    const after = before.map(minifyCss);
    const [was, is] = [canonical(before), canonical(after, before)];
    if (was !== is) {
      let at = 0;
      while (was[at] === is[at]) at += 1;
      const line = code.slice(0, quasis[0][0]).split('\n').length;
      throw new Error(
        `css-templates: minifying the css\`\` template at ${file}:${line} changes its CSS: ` +
          `${JSON.stringify(was.slice(at - 40, at + 40))} became ${JSON.stringify(is.slice(at - 40, at + 40))}`,
      );
    }
    quasis.forEach(([a, b], k) => edits.push([a, b, after[k]]));
  });
  let out = '';
  let at = 0;
  for (const [a, b, text] of edits) {
    out += code.slice(at, a) + text;
    at = b;
  }
  out += code.slice(at);
  return { code: out, saved: code.length - out.length };
}

/** esbuild plugin: minifies `css` templates in the project's own TypeScript as esbuild loads it. */
export const minifyCssTemplatesPlugin = {
  name: 'oob-minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(path, 'utf8');
      if (!source.includes('css`')) return undefined;
      return { contents: minifyCssTemplates(source, path).code, loader: 'ts' };
    });
  },
};

/**
 * Throws unless the scanner and minifier handle the cases that would break CSS or markup: run by the
 * builds before they minify anything, so a change here that breaks one fails the build at once.
 */
export function checkCssTemplates() {
  const input = [
    'const a = html`<p>  two  spaces  </p>`; // css` in a comment',
    "const s = 'css`not a template`';",
    'const r = /`/g;',
    'const c = css`',
    '  /* a comment */',
    '  .grid {',
    '    grid-template-rows: ${h}px minmax(0, 1fr) auto ${f}px;',
    '    margin: ${top} ${right};',
    "    font-family: 'Two  Spaces', serif;",
    '  }',
    '  .a :hover, .b > .c { margin : 0  calc(var(--s) * 2) ; }',
    '  ${more}',
    '`;',
  ].join('\n');
  const expected = [
    'const a = html`<p>  two  spaces  </p>`; // css` in a comment',
    "const s = 'css`not a template`';",
    'const r = /`/g;',
    "const c = css` .grid{grid-template-rows:${h}px minmax(0, 1fr) auto ${f}px;margin:${top} ${right};font-family:'Two  Spaces', serif;}" +
      '.a :hover, .b > .c{margin :0 calc(var(--s) * 2);}${more} `;',
  ].join('\n');
  const { code } = minifyCssTemplates(input, 'checkCssTemplates');
  if (code !== expected) throw new Error(`css-templates: self-check failed:\n${code}\nexpected:\n${expected}`);
}
