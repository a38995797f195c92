/**
 * A link-cut forest (Sleator and Tarjan) over nodes 0..n-1: a rooted forest that supports moving a
 * subtree under another node and asking for the root of a node's tree in O(log n) amortised time.
 * The change-cycle check uses it so that replaying many moves over a deep hierarchy stays near-linear
 * (walking the ancestor chain per move is quadratic on a long chain). Iterative throughout, no evert.
 */
const NONE = -1;

export class LinkCutForest {
  /** Left, right and parent pointers of the splay trees; a root's parent is its path-parent. */
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly up: Int32Array;
  /** Nodes in each splay subtree, so that a node's depth is one access away. */
  private readonly size: Int32Array;

  /** A forest where `parent[i]` is node i's parent, or any negative number for a root (must be acyclic). */
  constructor(parent: ArrayLike<number>) {
    const n = parent.length;
    this.left = new Int32Array(n).fill(NONE);
    this.right = new Int32Array(n).fill(NONE);
    this.size = new Int32Array(n).fill(1);
    // Every node starts as its own splay tree whose path-parent is its parent in the forest.
    this.up = new Int32Array(n);
    for (let i = 0; i < n; i += 1) this.up[i] = (parent[i] as number) >= 0 ? (parent[i] as number) : NONE;
  }

  /** The root of the tree that holds `x`. */
  root(x: number): number {
    this.access(x);
    let r = x;
    while (this.left[r] !== NONE) r = this.left[r] as number;
    this.splay(r);
    return r;
  }

  /** How many nodes are on the path from the root of x's tree down to x, both included. */
  pathLength(x: number): number {
    this.access(x);
    return this.size[x] as number;
  }

  /** Detaches x (with its subtree) from its parent; x becomes a root. */
  cut(x: number): void {
    this.access(x);
    const l = this.left[x] as number;
    if (l === NONE) return;
    this.up[l] = NONE;
    this.left[x] = NONE;
    this.pull(x);
  }

  /** Makes root x a child of p; p must not be in x's tree. */
  link(x: number, p: number): void {
    this.access(x);
    this.up[x] = p;
  }

  private isSplayRoot(x: number): boolean {
    const p = this.up[x] as number;
    return p === NONE || (this.left[p] !== x && this.right[p] !== x);
  }

  private pull(x: number): void {
    const l = this.left[x] as number;
    const r = this.right[x] as number;
    this.size[x] = 1 + (l === NONE ? 0 : (this.size[l] as number)) + (r === NONE ? 0 : (this.size[r] as number));
  }

  private rotate(x: number): void {
    const p = this.up[x] as number;
    const g = this.up[p] as number;
    const pIsRoot = this.isSplayRoot(p);
    if (this.left[p] === x) {
      const b = this.right[x] as number;
      this.left[p] = b;
      if (b !== NONE) this.up[b] = p;
      this.right[x] = p;
    } else {
      const b = this.left[x] as number;
      this.right[p] = b;
      if (b !== NONE) this.up[b] = p;
      this.left[x] = p;
    }
    this.up[p] = x;
    this.up[x] = g;
    if (!pIsRoot) {
      if (this.left[g] === p) this.left[g] = x;
      else this.right[g] = x;
    }
    this.pull(p);
    this.pull(x);
  }

  private splay(x: number): void {
    while (!this.isSplayRoot(x)) {
      const p = this.up[x] as number;
      if (!this.isSplayRoot(p)) {
        const g = this.up[p] as number;
        const zigzig = (this.left[g] === p) === (this.left[p] === x);
        this.rotate(zigzig ? p : x);
      }
      this.rotate(x);
    }
  }

  /** Makes the path from the root down to x one splay tree, with x at its top and nothing below x on it. */
  private access(x: number): void {
    let last = NONE;
    for (let y = x; y !== NONE; y = this.up[y] as number) {
      this.splay(y);
      this.right[y] = last;
      this.pull(y);
      last = y;
    }
    this.splay(x);
  }
}
