import type { TreeInput } from '../../../src/layout/hierarchy/types.js';

/** A test tree from a nested spec: `t('a', t('b'), t('c'))`. */
export function t(id: string, ...children: TreeInput[]): TreeInput {
  return { unit: { id }, children };
}

export const r2 = (n: number): number => Math.round(n * 100) / 100 + 0;

/** `{ id: [x, y] }` rounded to 2 decimals, for exact comparisons. */
export function positions(nodes: readonly { id: string; x: number; y: number }[]): Record<string, [number, number]> {
  return Object.fromEntries(nodes.map((n) => [n.id, [r2(n.x), r2(n.y)]]));
}

export const everything = (): boolean => true;
