import type { ForestNode, LaidOutNode, LayoutOptions, TreeInput } from './types.js';

/** Space between a stack's trunk and the cards hanging from it. */
const TRUNK_GAP = 16;
/** Up to this many leaves hang in one column; more take two, either side of the trunk. */
const ONE_COLUMN = 3;

interface Block {
  width: number;
  height: number;
  /** The node's anchor, from the block's left edge. */
  anchor: number;
  /** Leaves stacked under the node (all its children are leaves), in columns; else undefined. */
  columns: number | undefined;
}

/**
 * Compact positions, as in wire diagrams and d3-org-chart's compact mode: a node whose visible
 * children are all leaves gets them stacked in one column (up to three) or two columns either
 * side of a trunk under it (one column when two would be wider than `maxWidth`), instead of one long row; other children sit side by side under their
 * parent, which is centred over them. Nodes are side cards anchored on their symbol, so a stack's
 * trunk runs down from the parent's symbol. Stacked nodes carry `trunk` (the side the link
 * reaches them from). Two passes without recursion: sizes bottom-up, places top-down.
 */
export function layoutCompact<T extends TreeInput>(
  forest: ForestNode<T>,
  { box, siblingGap, levelGap, maxWidth = Infinity }: LayoutOptions,
): LaidOutNode<T>[] {
  const W = box.x1 - box.x0;
  const H = box.y1 - box.y0;
  const roots = forest.item === undefined ? forest.children : [forest];
  const blocks = new Map<ForestNode<T>, Block>();

  // Post-order: children before their parent.
  const order: ForestNode<T>[] = [];
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as ForestNode<T>;
    order.push(node);
    stack.push(...node.children);
  }
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const node = order[i] as ForestNode<T>;
    const kids = node.children;
    if (kids.length === 0) {
      blocks.set(node, { width: W, height: H, anchor: -box.x0, columns: undefined });
      continue;
    }
    if (kids.every((k) => k.children.length === 0)) {
      const columns = kids.length > ONE_COLUMN && 2 * W + 2 * TRUNK_GAP <= maxWidth ? 2 : 1;
      const rows = Math.ceil(kids.length / columns);
      // One column: the trunk at the left, cards right of it. Two: the trunk between the columns.
      const width = columns === 1 ? TRUNK_GAP + W : 2 * W + 2 * TRUNK_GAP;
      const trunk = columns === 1 ? 0 : W + TRUNK_GAP;
      const anchor = Math.max(trunk, -box.x0);
      const shift = anchor - trunk;
      blocks.set(node, {
        width: Math.max(width + shift, anchor + box.x1),
        height: H + levelGap + rows * H + (rows - 1) * siblingGap,
        anchor,
        columns,
      });
      continue;
    }
    let row = 0;
    let height = 0;
    for (const k of kids) {
      const b = blocks.get(k) as Block;
      row += (row > 0 ? siblingGap : 0) + b.width;
      height = Math.max(height, b.height);
    }
    // The card centred over its children's row (or the row centred under a wider card).
    const width = Math.max(row, W);
    blocks.set(node, { width, height: H + levelGap + height, anchor: width / 2 - (box.x0 + box.x1) / 2, columns: undefined });
  }

  const out: LaidOutNode<T>[] = [];
  let left = 0;
  const place: { node: ForestNode<T>; left: number; top: number; trunk?: 'left' | 'right' }[] = [];
  for (const root of roots) {
    place.push({ node: root, left, top: 0 });
    left += (blocks.get(root) as Block).width + 2 * siblingGap;
  }
  // Pre-order (a stack, reversed pushes) keeps parents before their children in the output.
  place.reverse();
  while (place.length > 0) {
    const { node, left: x0, top, trunk } = place.pop() as (typeof place)[number];
    const b = blocks.get(node) as Block;
    const x = x0 + b.anchor;
    const y = top - box.y0;
    out.push(trunk ? { id: node.id, node, x, y, trunk } : { id: node.id, node, x, y });
    const below = top + H + levelGap;
    const next: typeof place = [];
    if (b.columns !== undefined) {
      const rows = Math.ceil(node.children.length / b.columns);
      node.children.forEach((child, i) => {
        const column = b.columns === 1 ? 1 : Math.floor(i / rows);
        const rowTop = below + (i % rows) * (H + siblingGap);
        // Left column: the card's right edge a gap left of the trunk; right column: its left edge a gap right of it.
        const childLeft = column === 0 ? x - TRUNK_GAP - W : x + TRUNK_GAP;
        next.push({ node: child, left: childLeft, top: rowTop, trunk: column === 0 ? 'right' : 'left' });
      });
    } else {
      let row = 0;
      for (const k of node.children) row += (row > 0 ? siblingGap : 0) + (blocks.get(k) as Block).width;
      let cursor = x0 + (b.width - row) / 2;
      for (const child of node.children) {
        next.push({ node: child, left: cursor, top: below });
        cursor += (blocks.get(child) as Block).width + siblingGap;
      }
    }
    for (let i = next.length - 1; i >= 0; i -= 1) place.push(next[i] as (typeof place)[number]);
  }
  return out;
}
