/** Names for messages: the object a problem is in, the field, and the nearest known spelling. */
import { childPath } from './pointer.js';
import * as S from './shapes.js';
import type { Shape } from './shapes.js';
import type { JObject } from './snapshot.js';
import { quote } from './values.js';

/** The pointer of `key` (and item `index` of it, for an array field) in the object at `path`. */
function fieldPath(path: string, key: string, index: number | undefined): string {
  const field = childPath(path, key);
  return index === undefined ? field : `${field}/${index}`;
}

/**
 * Names the object a problem is in, e.g. `unit "u3"`. Built for every object the walk enters, so it
 * only keeps where the object is (its owner's field `key`, item `index` of it for an array field):
 * its JSON pointer and name are built when a message needs them.
 */
export class Owner {
  private cached: string | undefined;

  /** `parent` is `undefined` for the root. */
  constructor(
    private readonly value: JObject,
    private readonly shape: Shape,
    private readonly parent: Owner | undefined,
    private readonly key: string,
    private readonly index: number | undefined,
  ) {}

  /** The JSON pointer of the object. */
  get path(): string {
    return this.parent === undefined ? '' : fieldPath(this.parent.path, this.key, this.index);
  }

  get text(): string {
    if (this.cached !== undefined) return this.cached;
    const { value, shape } = this;
    if (typeof value.id === 'string') this.cached = `${shape.label} ${quote(value.id)}`;
    else if (shape.fields.has('id')) this.cached = `${shape.label} at ${this.path}`;
    else if (shape === S.ORDER_OF_BATTLE) this.cached = 'the dataset';
    else if (shape === S.META) this.cached = 'meta';
    else this.cached = `${this.parent?.text ?? 'the dataset'} ${shape.label}`;
    return this.cached;
  }

  /** The nearest object, this one or an ancestor, that has an id, e.g. `unit "u3"` for its change. */
  get named(): string {
    const parent = this.parent;
    if (typeof this.value.id === 'string' || !parent || this.shape === S.META) return this.text;
    return parent.named;
  }
}

/** A field (or an item of an array field) of an owner, made for a problem or a later check. */
export class Where {
  constructor(
    readonly owner: Owner,
    readonly key: string,
    readonly index?: number,
  ) {}

  /** The JSON pointer of the value. */
  get path(): string {
    return fieldPath(this.owner.path, this.key, this.index);
  }

  /** E.g. `unit "u3": parent` or `unit "u3": citations[0]`. */
  get text(): string {
    return `${this.owner.text}: ${this.key}${this.index === undefined ? '' : `[${this.index}]`}`;
  }
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** The known name closest to a misspelt one, if any is close. */
export function suggest(name: string, known: Iterable<string>): string | undefined {
  if (name.length > 64) return undefined;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.ceil(name.length / 3) + 1);
  for (const candidate of known) {
    if (candidate.toLowerCase() === lower) return candidate;
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
