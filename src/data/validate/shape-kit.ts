/** The vocabulary `shapes.ts` describes the input format with, and the shapes shared by many objects. */
import * as E from './enums.js';

/** What a reference field points at. `unit-or-side` is an observation's subject. */
export type RefTarget = 'unit' | 'side' | 'source' | 'person' | 'rank' | 'observation' | 'unit-or-side';

export type FieldType =
  | { t: 'string'; nonEmpty?: boolean }
  | { t: 'boolean' }
  | { t: 'number'; min?: number; max?: number; integer?: boolean }
  | { t: 'date' }
  | { t: 'enum'; values: ReadonlySet<string>; custom: boolean }
  | { t: 'version' }
  | { t: 'ref'; to: RefTarget; as: string; nullable?: boolean }
  | { t: 'pointer' }
  | { t: 'array'; of: FieldType }
  | { t: 'object'; shape: Shape }
  | { t: 'strength' }
  | { t: 'colour' };

export interface Field {
  type: FieldType;
  required: boolean;
}

export interface Shape {
  /** How messages name an object of this shape, e.g. `unit`. */
  label: string;
  fields: ReadonlyMap<string, Field>;
  /** Names of the required fields (the version field excepted: `parse.ts` checks it). */
  required: readonly string[];
}

export type Spec = Record<string, FieldType | [FieldType, 'required']>;

export function shape(label: string, spec: Spec): Shape {
  const fields = new Map<string, Field>();
  for (const [name, entry] of Object.entries(spec)) {
    fields.set(name, Array.isArray(entry) ? { type: entry[0], required: true } : { type: entry, required: false });
  }
  const required = [...fields].filter(([, f]) => f.required && f.type.t !== 'version').map(([name]) => name);
  return { label, fields, required };
}

export const req = (type: FieldType): [FieldType, 'required'] => [type, 'required'];
export const str: FieldType = { t: 'string' };
export const id: FieldType = { t: 'string', nonEmpty: true };
export const bool: FieldType = { t: 'boolean' };
export const date: FieldType = { t: 'date' };
/** A CSS colour in the closed list of `isCssColour` (src/data/css-colour.ts), the drawing's own rule. */
export const colour: FieldType = { t: 'colour' };
export const closed = (values: readonly string[]): FieldType => ({ t: 'enum', values: new Set(values), custom: false });
export const open = (values: readonly string[]): FieldType => ({ t: 'enum', values: new Set(values), custom: true });
export const ref = (to: RefTarget, as: string = to): FieldType => ({ t: 'ref', to, as });
export const arrayOf = (of: FieldType): FieldType => ({ t: 'array', of });
export const obj = (s: Shape): FieldType => ({ t: 'object', shape: s });
export const count = (max: number): FieldType => ({ t: 'number', min: 0, max, integer: true });

export const CITATION = shape('citation', { source: req(ref('source')), locator: str, quote: str });

export const attested: Spec = { citations: arrayOf(obj(CITATION)), citationNeeded: bool, note: str };

export const LOCALIZED_NAME = shape('name', {
  text: req(str),
  lang: req(str),
  dir: closed(E.NAME_DIRS),
  kind: closed(E.NAME_KINDS),
});
export const names = arrayOf(obj(LOCALIZED_NAME));
