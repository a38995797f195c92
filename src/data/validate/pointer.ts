/** JSON pointers (RFC 6901): building, splitting and resolving them. */

/** Escapes one reference token: `~` becomes `~0`, `/` becomes `~1`. */
export function escapeToken(token: string): string {
  if (token.indexOf('~') < 0 && token.indexOf('/') < 0) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The pointer to a child of `path`. */
export function childPath(path: string, token: string | number): string {
  return typeof token === 'number' ? `${path}/${token}` : `${path}/${escapeToken(token)}`;
}

/** The pointer made of `tokens`, e.g. `['units', 3, 'parent']` -> `/units/3/parent`. */
export function toPointer(tokens: readonly (string | number)[]): string {
  let path = '';
  for (const token of tokens) path = childPath(path, token);
  return path;
}

/** The unescaped tokens of a pointer, or `undefined` when it is malformed. */
export function splitPointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  const tokens = pointer.slice(1).split('/');
  const out: string[] = [];
  for (const token of tokens) {
    if (/~[^01]|~$/.test(token)) return undefined;
    out.push(token.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return out;
}

/** Whether `pointer` names a value inside `root` (own properties and array indexes only). */
export function pointerResolves(root: unknown, pointer: string): boolean {
  const tokens = splitPointer(pointer);
  if (!tokens) return false;
  let current: unknown = root;
  for (const token of tokens) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return false;
      const index = Number(token);
      if (index >= current.length) return false;
      current = current[index];
    } else if (current !== null && typeof current === 'object') {
      if (!Object.prototype.hasOwnProperty.call(current, token)) return false;
      current = (current as Record<string, unknown>)[token];
    } else {
      return false;
    }
  }
  return true;
}
