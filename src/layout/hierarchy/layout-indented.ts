import type { ForestNode, LaidOutNode, LayoutOptions, TreeInput } from './types.js';

/** Outline-list positions: one row per visible node in pre-order, indented by `levelGap` per level. */
export function layoutIndented<T extends TreeInput>(forest: ForestNode<T>, { box, siblingGap, levelGap }: LayoutOptions): LaidOutNode<T>[] {
  const row = box.y1 - box.y0 + siblingGap;
  const out: LaidOutNode<T>[] = [];
  const stack = [...(forest.item === undefined ? forest.children : [forest])].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ForestNode<T>;
    out.push({ id: node.id, node, x: node.depth * levelGap, y: out.length * row });
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as ForestNode<T>);
  }
  return out;
}
