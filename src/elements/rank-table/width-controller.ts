import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width only, and re-renders in a new task. The layout it drives changes
 * the host's height, so re-rendering inside the ResizeObserver callback (a microtask) would raise
 * "ResizeObserver loop completed with undelivered notifications". A timer rather than
 * requestAnimationFrame, because hidden pages (background tabs, parallel test pages) get no frames.
 */
export class WidthController implements ReactiveController {
  width = 0;
  private observer: ResizeObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width === this.width) return;
      this.width = width;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.host.requestUpdate(), 0);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
