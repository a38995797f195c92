/**
 * The XSS corpus of the outside probe: 34 payloads, each of which calls `__xss(n)` if it ever runs
 * (as HTML, SVG, an attribute, a URL, a template or a CSV formula), and the checks that nothing ran,
 * nothing was created from a payload, and exports stay well-formed.
 */
export const PAYLOADS: readonly string[] = [
  '<script>__xss(1)</script>',
  '<img src=x onerror="__xss(2)">',
  '<svg onload=__xss(3)>',
  '"><img src=x onerror=__xss(4)>',
  "'><svg/onload=__xss(5)>",
  'javascript:__xss(6)',
  '<a href="javascript:__xss(7)">x</a>',
  '<iframe srcdoc="<script>parent.__xss(8)</script>"></iframe>',
  '<body onload=__xss(9)>',
  '<details open ontoggle=__xss(10)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(11)>',
  '</style><script>__xss(12)</script>',
  '</title><script>__xss(13)</script>',
  ']]><script>__xss(14)</script>',
  '<![CDATA[<script>__xss(15)</script>]]>',
  '<!--<img src=x onerror=__xss(16)>-->',
  '${__xss(17)}',
  "{{constructor.constructor('__xss(18)')()}}",
  '&lt;img src=x onerror=__xss(19)&gt;',
  '&#60;script&#62;__xss(20)&#60;/script&#62;',
  '<object data="javascript:__xss(21)"></object>',
  '<embed src="javascript:__xss(22)">',
  '<input autofocus onfocus=__xss(23)>',
  '<video><source onerror=__xss(24)></video>',
  "<style>@import 'javascript:__xss(25)';</style>",
  'red;background:url(javascript:__xss(26))',
  '" style="background:url(javascript:__xss(27))',
  '<svg><animate onbegin=__xss(28) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:__xss(29)"><text>x</text></a></svg>',
  '<form><button formaction=javascript:__xss(30)>x</button></form>',
  '=HYPERLINK("javascript:__xss(31)")',
  " =cmd|'/C __xss(32)'!A0",
  '@SUM(1)+__xss(33)',
  '<marquee onstart=__xss(34)>',
];

/** Calls of `__xss(n)` so far in this page. */
export const xssHits: number[] = [];
(globalThis as { __xss?: (n: number) => void }).__xss = (n: number) => void xssHits.push(n);

/** Every element in `root`, its shadow roots included (without recursion). */
export function composedElements(root: Element): Element[] {
  const out: Element[] = [];
  const stack: (Element | ShadowRoot)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Element | ShadowRoot;
    if (node instanceof Element) {
      out.push(node);
      if (node.shadowRoot) stack.push(node.shadowRoot);
    }
    for (const child of node.children) stack.push(child);
  }
  return out;
}

const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'srcdoc']);

/** What in a tree of elements could only come from a payload: event-handler attributes and script URLs. */
export function dangerousMarks(elements: readonly Element[]): string[] {
  const found: string[] = [];
  for (const el of elements) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${el.localName} ${name}>`);
      else if (URL_ATTRIBUTES.has(name) && /^\s*(javascript|data:text\/html)/i.test(attr.value))
        found.push(`<${el.localName} ${name}="${attr.value.slice(0, 40)}">`);
    }
  }
  return found;
}

/** Tag names present in a tree. */
export function tagNames(elements: readonly Element[]): Set<string> {
  return new Set(elements.map((el) => el.localName));
}

/** Problems of an exported SVG string: not well-formed XML, or holding scripts, handlers or script URLs. */
export function svgProblems(svgText: string): string[] {
  if (svgText === '') return [];
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  if (doc.querySelector('parsererror')) return ['the export is not well-formed XML'];
  const all = [...doc.querySelectorAll('*')];
  const scripts = all
    .filter((el) => ['script', 'foreignObject', 'iframe', 'handler'].includes(el.localName))
    .map((el) => `<${el.localName}>`);
  return [...scripts, ...dangerousMarks(all)];
}

/** RFC 4180 cells of a CSV text. */
export function csvCells(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** CSV cells a spreadsheet would run as a formula: `=`, `+`, `-`, `@`, tab or CR first, after any spaces, unguarded by `'`. */
export function formulaCells(text: string): string[] {
  return csvCells(text).filter((cell) => /^[\s]*[=+\-@\t\r]/.test(cell) && !/^\s*-?\d/.test(cell));
}
