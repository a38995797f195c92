import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { invert, pinchTransform, wheelFactor, zoomAbout, zoomTo } from '../../layout/hierarchy/fit-transform.js';
import type { Point, Size, ZoomTransform } from '../../layout/hierarchy/types.js';
import { easeCubicInOut, prefersReducedMotion } from './tween-controller.js';

/** A wheel gesture lasts until 150 ms without wheel events (d3-zoom's wheel delay). */
const WHEEL_IDLE_MS = 150;
/** Mouse events a browser makes up after a touch are not a second gesture. */
const TOUCH_MOUSE_MS = 500;
/** A double-click zooms over this long (d3-zoom's duration). */
const GLIDE_MS = 250;

/**
 * Pan and zoom on the `<svg>`: the wheel zooms about the pointer, a drag pans (mouse or one
 * finger), two fingers pinch, a double-click zooms in (Shift: out). The gesture maths are
 * fit-transform's, with d3-zoom's semantics (the layout point under the pointer stays under it;
 * the same wheel rate); the listeners are ours, because d3-zoom brings d3-transition, d3-color,
 * d3-interpolate and d3-selection with it (18 KiB gzip of every hierarchy page) for transitions
 * this chart never runs. The host reads `transform` and Lit draws it.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = { x: 0, y: 0, k: 1 };
  private svg: SVGSVGElement | undefined;
  private wheelEnds = 0;
  private touchEnded = -Infinity;
  private glideFrame = 0;
  /** Fingers down: screen point now and the layout point each touched down on. */
  private readonly touches = new Map<number, { p: Point; at: Point }>();
  private readonly listeners: [string, EventListener, AddEventListenerOptions?][] = [
    ['wheel', (e) => this.wheel(e as WheelEvent), { passive: false }],
    ['mousedown', (e) => this.mousedown(e as MouseEvent)],
    ['dblclick', (e) => this.dblclick(e as MouseEvent)],
    ['touchstart', (e) => this.touchstart(e as TouchEvent), { passive: true }],
    ['touchmove', (e) => this.touchmove(e as TouchEvent), { passive: false }],
    ['touchend', (e) => this.touchend(e as TouchEvent)],
    ['touchcancel', (e) => this.touchend(e as TouchEvent)],
  ];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly size: () => Size,
    private readonly scaleExtent: readonly [number, number] = [0.02, 4],
  ) {
    host.addController(this);
  }

  /** Starts listening on `svg` (idempotent; call after each render). */
  attach(svg: SVGSVGElement | null): void {
    if (svg === (this.svg ?? null)) return;
    this.detach();
    if (!svg) return;
    this.svg = svg;
    for (const [type, listener, options] of this.listeners) svg.addEventListener(type, listener, options);
  }

  /** Jumps to `transform` (stopping a double-click's zoom on its way); the next gesture starts from it. */
  set(transform: ZoomTransform): void {
    this.stopGlide();
    this.apply(transform);
  }

  private apply(transform: ZoomTransform): void {
    const { x, y, k } = this.transform;
    // Setting the transform drawn already changes nothing: an update requested then would be a
    // second one scheduled from inside `updated`.
    if (this.svg && transform.x === x && transform.y === y && transform.k === k) return;
    this.transform = { x: transform.x, y: transform.y, k: transform.k };
    this.host.requestUpdate();
  }

  /** Zooms by `factor` about the centre of the viewport. */
  scaleBy(factor: number): void {
    if (!this.svg) return;
    const { width, height } = this.size();
    this.set(zoomAbout(this.transform, factor, { x: Math.max(width, 1) / 2, y: Math.max(height, 1) / 2 }, this.scaleExtent));
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Zooms to scale `k` about screen point `p` over GLIDE_MS, in one step under prefers-reduced-motion. */
  private glide(k: number, p: Point): void {
    this.stopGlide();
    const at = invert(this.transform, p);
    const from = this.transform.k;
    const to = zoomTo(k, p, at, this.scaleExtent).k;
    if (prefersReducedMotion() || typeof requestAnimationFrame !== 'function') return this.apply(zoomTo(to, p, at, this.scaleExtent));
    const start = performance.now();
    // The scale moves geometrically, about the point double-clicked, which stays under the pointer throughout.
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / GLIDE_MS);
      this.apply(zoomTo(t < 1 ? from * (to / from) ** easeCubicInOut(t) : to, p, at, this.scaleExtent));
      this.glideFrame = t < 1 ? requestAnimationFrame(step) : 0;
    };
    this.glideFrame = requestAnimationFrame(step);
  }

  private stopGlide(): void {
    if (this.glideFrame) cancelAnimationFrame(this.glideFrame);
    this.glideFrame = 0;
  }

  private detach(): void {
    this.stopGlide();
    if (this.svg) for (const [type, listener, options] of this.listeners) this.svg.removeEventListener(type, listener, options);
    this.svg = undefined;
    this.touches.clear();
  }

  /** Where a pointer is in the svg's own coordinates (as d3's `pointer`: through the screen CTM). */
  private point(event: { clientX: number; clientY: number }): Point {
    const svg = this.svg as SVGSVGElement;
    const ctm = svg.getScreenCTM();
    if (ctm) {
      const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
      return { x: p.x, y: p.y };
    }
    const box = svg.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  private wheel(event: WheelEvent): void {
    if (event.button) return;
    const next = zoomAbout(this.transform, wheelFactor(event), this.point(event), this.scaleExtent);
    // At the end of the scale range a new wheel gesture scrolls the page instead.
    if (next.k === this.transform.k && event.timeStamp > this.wheelEnds) return;
    event.preventDefault();
    this.wheelEnds = event.timeStamp + WHEEL_IDLE_MS;
    this.set(next);
  }

  private mousedown(event: MouseEvent): void {
    // Other buttons, Ctrl+click (a context menu on macOS) and the mouse events after a touch are not drags.
    if (event.button || event.ctrlKey || event.timeStamp - this.touchEnded < TOUCH_MOUSE_MS) return;
    this.stopGlide();
    const view = event.view ?? window;
    const at = invert(this.transform, this.point(event));
    const [x0, y0] = [event.clientX, event.clientY];
    let moved = false;
    const noSelect = (e: Event) => e.preventDefault();
    const move = (e: Event) => {
      const mouse = e as MouseEvent;
      e.preventDefault();
      moved ||= mouse.clientX !== x0 || mouse.clientY !== y0;
      if (this.svg) this.set(zoomTo(this.transform.k, this.point(mouse), at, this.scaleExtent));
    };
    const up = () => {
      view.removeEventListener('mousemove', move, true);
      view.removeEventListener('mouseup', up, true);
      view.removeEventListener('selectstart', noSelect, true);
      view.removeEventListener('dragstart', noSelect, true);
      if (!moved) return;
      // A drag that ends over a node is not a click on it.
      const swallow = (e: Event) => {
        e.preventDefault();
        e.stopImmediatePropagation();
      };
      view.addEventListener('click', swallow, true);
      setTimeout(() => view.removeEventListener('click', swallow, true), 0);
    };
    view.addEventListener('mousemove', move, true);
    view.addEventListener('mouseup', up, true);
    view.addEventListener('selectstart', noSelect, true);
    view.addEventListener('dragstart', noSelect, true);
  }

  private dblclick(event: MouseEvent): void {
    // A double-click on a node toggles and selects it; on the background it zooms.
    if (event.button || event.ctrlKey) return;
    if (event.composedPath().some((t) => t instanceof Element && t.classList.contains('node'))) return;
    event.preventDefault();
    this.glide(this.transform.k * (event.shiftKey ? 0.5 : 2), this.point(event));
  }

  private touchstart(event: TouchEvent): void {
    this.stopGlide();
    for (const touch of Array.from(event.changedTouches)) {
      if (this.touches.size >= 2) break;
      const p = this.point(touch);
      this.touches.set(touch.identifier, { p, at: invert(this.transform, p) });
    }
  }

  private touchmove(event: TouchEvent): void {
    if (this.touches.size === 0) return;
    let changed = false;
    for (const touch of Array.from(event.changedTouches)) {
      const finger = this.touches.get(touch.identifier);
      if (!finger) continue;
      finger.p = this.point(touch);
      changed = true;
    }
    if (!changed) return;
    // The page does not scroll under a finger that pans the chart.
    event.preventDefault();
    const [a, b] = [...this.touches.values()];
    if (!a) return;
    const next = b ? pinchTransform(a.p, a.at, b.p, b.at, this.scaleExtent) : zoomTo(this.transform.k, a.p, a.at, this.scaleExtent);
    if (next) this.set(next);
  }

  private touchend(event: TouchEvent): void {
    for (const touch of Array.from(event.changedTouches)) this.touches.delete(touch.identifier);
    // The finger left down pans from where it is now.
    for (const finger of this.touches.values()) finger.at = invert(this.transform, finger.p);
    this.touchEnded = event.timeStamp;
  }
}
