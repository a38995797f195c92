import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import type { Size, ZoomTransform } from '../../layout/hierarchy/types.js';

/**
 * Pan and zoom through d3-zoom (wheel, drag, pinch, double-click). d3 only listens for input and
 * keeps its transform on the `<svg>`; the host reads `transform` and Lit draws it, so D3 never
 * touches DOM that Lit renders.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = { x: 0, y: 0, k: 1 };
  private svg: SVGSVGElement | undefined;
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly size: () => Size,
    scaleExtent: [number, number] = [0.02, 4],
  ) {
    host.addController(this);
    this.behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent(scaleExtent)
      .extent(() => {
        const { width, height } = this.size();
        return [
          [0, 0],
          [Math.max(width, 1), Math.max(height, 1)],
        ];
      })
      // Default filter, minus double-clicks on nodes (those toggle and select, they should not zoom).
      .filter((event: Event) => {
        const mouse = event as MouseEvent;
        if (mouse.button) return false;
        if (mouse.ctrlKey && event.type !== 'wheel') return false;
        return !(event.type === 'dblclick' && event.composedPath().some((t) => t instanceof Element && t.classList.contains('node')));
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { x, y, k } = event.transform;
        // Re-syncing d3 with a transform set from the host (attach, set) changes nothing to draw:
        // requesting an update then would schedule a second update from inside \`updated\`.
        if (x === this.transform.x && y === this.transform.y && k === this.transform.k) return;
        this.transform = { x, y, k };
        this.host.requestUpdate();
      });
  }

  /** Starts listening on `svg` (idempotent; call after each render). */
  attach(svg: SVGSVGElement | null): void {
    if (svg === (this.svg ?? null)) return;
    this.detach();
    if (!svg) return;
    this.svg = svg;
    select(svg).call(this.behavior);
    this.set(this.transform);
  }

  /** Jumps to `transform` (keeps d3-zoom's own state in step, so the next gesture starts from it). */
  set(transform: ZoomTransform): void {
    if (!this.svg) {
      this.transform = transform;
      this.host.requestUpdate();
      return;
    }
    select(this.svg).call(this.behavior.transform, zoomIdentity.translate(transform.x, transform.y).scale(transform.k));
  }

  /** Zooms by `factor` about the centre of the viewport. */
  scaleBy(factor: number): void {
    if (this.svg) select(this.svg).call(this.behavior.scaleBy, factor);
  }

  hostDisconnected(): void {
    this.detach();
  }

  private detach(): void {
    if (this.svg) select(this.svg).on('.zoom', null);
    this.svg = undefined;
  }
}
