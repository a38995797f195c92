/**
 * Finds where JSON text stops being valid. Engines word syntax errors differently (Chromium's
 * "Unexpected token" messages carry no position), so `parse.ts` asks this scanner instead.
 */

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The UTF-16 offset of the first syntax error in `text`, or -1 when the text is valid JSON. */
export function jsonErrorPosition(text: string): number {
  const n = text.length;
  let i = 0;
  const stack: ('{' | '[')[] = [];

  const skipSpace = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i += 1;
  };
  /** Reads a string starting at its opening quote; false with `i` at the error. */
  const readString = (): boolean => {
    i += 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return true;
      }
      if (c < 0x20) return false;
      if (c !== 0x5c) {
        i += 1;
        continue;
      }
      const escape = text[i + 1];
      if (escape === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) {
          i += 2;
          return false;
        }
        i += 6;
      } else if (escape !== undefined && ESCAPES.has(escape)) i += 2;
      else {
        i += 1;
        return false;
      }
    }
    return false;
  };
  /** Reads `"key" :` after skipping space; false with `i` at the error. */
  const readKey = (): boolean => {
    skipSpace();
    if (text[i] !== '"' || !readString()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i += 1;
    return true;
  };

  for (;;) {
    // A value is expected at `i`.
    skipSpace();
    const c = text[i];
    if (c === '{' || c === '[') {
      i += 1;
      skipSpace();
      if (text[i] === (c === '{' ? '}' : ']')) i += 1;
      else {
        stack.push(c);
        if (c === '{' && !readKey()) return i;
        continue;
      }
    } else if (c === '"') {
      if (!readString()) return i;
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      for (let k = 0; k < word.length; k += 1, i += 1) if (text[i] !== word[k]) return i;
    } else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i;
      i = NUMBER.lastIndex;
    }
    // A value ended: close containers or expect the next item.
    for (;;) {
      skipSpace();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      const d = text[i];
      if (d === ',') {
        i += 1;
        if (top === '{' && !readKey()) return i;
        break;
      }
      if (d !== (top === '{' ? '}' : ']')) return i;
      i += 1;
      stack.pop();
    }
  }
}
