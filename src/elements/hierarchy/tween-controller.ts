import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolatePositions } from '../../layout/hierarchy/interpolate-positions.js';
import type { ForestLayout, LaidOutNode, Point, TreeInput } from '../../layout/hierarchy/types.js';

/** d3's default easing (d3-ease `easeCubicInOut`). */
export const easeCubicInOut = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** Whether the user asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Drives a short transition with requestAnimationFrame: `progress` goes 0 → 1 (eased) over
 * `duration` ms and the host re-renders every frame. Under prefers-reduced-motion it jumps to 1.
 */
export class TweenController implements ReactiveController {
  /** Eased progress of the running transition; 1 when none runs. */
  progress = 1;
  private frame = 0;
  private fallback: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly duration = 450,
  ) {
    host.addController(this);
  }

  get running(): boolean {
    return this.progress < 1;
  }

  start(): void {
    this.stop();
    if (prefersReducedMotion() || typeof requestAnimationFrame !== 'function') return;
    const start = performance.now();
    this.progress = 0;
    const step = (now: number) => {
      const linear = Math.min(1, (now - start) / this.duration);
      this.progress = linear >= 1 ? 1 : easeCubicInOut(linear);
      this.host.requestUpdate();
      this.frame = linear < 1 ? requestAnimationFrame(step) : 0;
    };
    this.frame = requestAnimationFrame(step);
    // Hidden pages get no animation frames: make sure the transition still ends.
    this.fallback = setTimeout(() => this.stop(), this.duration + 250);
  }

  stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    clearTimeout(this.fallback);
    this.frame = 0;
    if (this.progress < 1) {
      this.progress = 1;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.stop();
  }
}

/** A node at the place it is drawn this frame. */
export interface Placed<N> {
  nodes: readonly N[];
  positions: ReadonlyMap<string, Point>;
}

/**
 * The date-change and expand/collapse transition of a tree layout: remembers where nodes were
 * drawn when it starts and gives their interpolated places on each frame.
 */
export class LayoutTween<T extends TreeInput> extends TweenController {
  private from: Map<string, Point> | undefined;

  /** Starts moving from wherever `previous` is drawn now (mid-transition included). */
  begin(previous: ForestLayout<T>): void {
    this.from = this.placed(previous).positions as Map<string, Point>;
    this.start();
  }

  /** The nodes of `layout` at their places this frame; the layout itself when at rest. */
  placed(layout: ForestLayout<T>): Placed<LaidOutNode<T>> {
    if (!this.running || !this.from) return { nodes: layout.nodes, positions: layout.byId };
    const positions = interpolatePositions(this.from, layout.nodes, layout.byId, this.progress);
    return { nodes: layout.nodes.map((n) => ({ ...n, ...(positions.get(n.id) as Point) })), positions };
  }
}
