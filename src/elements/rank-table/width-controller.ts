import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width only, and re-renders on the next animation frame. The layout it
 * drives changes the host's height, so re-rendering inside the ResizeObserver callback (or on
 * height changes) would raise "ResizeObserver loop completed with undelivered notifications".
 */
export class WidthController implements ReactiveController {
  width = 0;
  private observer: ResizeObserver | undefined;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width === this.width) return;
      this.width = width;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
