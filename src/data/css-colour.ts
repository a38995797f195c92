/**
 * The one rule for colours in a dataset (insignia `base`, `piping`, stripe and star `color`): the
 * parser accepts exactly what the drawing draws, so accepted data always draws. A closed list of CSS
 * colour syntaxes, matched whole (no surrounding spaces, no `;`, no `url()`, no `var()`):
 * - hex `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`;
 * - `rgb()`, `rgba()`, `hsl()`, `hsla()` with numbers (optionally `%`, or an angle unit for the hue),
 *   comma-separated or space-separated with an optional `/ alpha`;
 * - the CSS named colours and `transparent`.
 */

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?(?:%|deg|grad|rad|turn)?`;
const FUNCTION = new RegExp(
  String.raw`^(?:rgba?|hsla?)\(\s*(?:${NUMBER}\s*,\s*${NUMBER}\s*,\s*${NUMBER}(?:\s*,\s*${NUMBER})?|${NUMBER}\s+${NUMBER}\s+${NUMBER}(?:\s*\/\s*${NUMBER})?)\s*\)$`,
  'i',
);

/** CSS Color 4 named colours (lower case), plus `transparent`. */
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood ' +
    'cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray ' +
    'darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue ' +
    'firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew ' +
    'hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue ' +
    'mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred ' +
    'midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
    'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white ' +
    'whitesmoke yellow yellowgreen transparent'
  ).split(' '),
);

/** Longest colour text worth matching; anything longer is not one of the syntaxes above. */
const MAX_LENGTH = 120;

/** Whether `value` is a colour in the closed list above (the parser's and the drawing's one rule). */
export function isCssColour(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return false;
  return HEX.test(value) || NAMED.has(value.toLowerCase()) || FUNCTION.test(value);
}

/** `word` matched in any case without a flag (JSON Schema patterns have none): `red` → `[rR][eE][dD]`. */
function caseless(word: string): string {
  return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/**
 * The same rule as one regular expression for the JSON Schema's `pattern` (ECMA-262, no flags, no
 * length limit): a test keeps it equal to the schema's and agreeing with {@link isCssColour}.
 */
export function cssColourPattern(): string {
  const number = NUMBER.replace('deg|grad|rad|turn', ['deg', 'grad', 'rad', 'turn'].map(caseless).join('|')).replace('e[+-]', '[eE][+-]');
  const hex = '#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})';
  const args = String.raw`\(\s*(?:${number}\s*,\s*${number}\s*,\s*${number}(?:\s*,\s*${number})?|${number}\s+${number}\s+${number}(?:\s*\/\s*${number})?)\s*\)`;
  const names = [...NAMED].map(caseless).join('|');
  return `^(?:${hex}|(?:${caseless('rgb')}|${caseless('hsl')})[aA]?${args}|(?:${names}))$`;
}

/** The syntaxes {@link isCssColour} accepts, for messages. */
export const CSS_COLOUR_SYNTAXES =
  'a hex colour (#rgb, #rgba, #rrggbb, #rrggbbaa), rgb()/rgba()/hsl()/hsla() with numbers, or a CSS colour name';
