import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ResizeOptions {
  /**
   * Re-render only when the width changes. For layouts that depend on the width and set the
   * height themselves (the rank table switches to rows when narrow): a height change they caused
   * must not render them again.
   */
  widthOnly?: boolean;
}

/**
 * Tracks the host's content-box size with a ResizeObserver and re-renders on change. The update is
 * deferred to a task: re-rendering inside the observer callback can resize the host again in the
 * same frame, which the browser reports as "ResizeObserver loop completed with undelivered
 * notifications" (a window error that test runners and error monitors treat as a failure). A timer
 * rather than requestAnimationFrame, because hidden pages (background tabs, parallel test pages) get no frames.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer: ResizeObserver | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onResize?: (width: number, height: number) => void,
    private readonly options: ResizeOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      const same = width === this.width && (this.options.widthOnly || height === this.height);
      this.height = height;
      if (same) return;
      this.width = width;
      clearTimeout(this.pending);
      this.pending = setTimeout(() => {
        this.onResize?.(this.width, this.height);
        this.host.requestUpdate();
      }, 0);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    clearTimeout(this.pending);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
