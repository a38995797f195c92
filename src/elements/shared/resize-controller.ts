import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the host's content-box size with a ResizeObserver and re-renders on change. */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onResize?: (width: number, height: number) => void,
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
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      this.onResize?.(width, height);
      this.host.requestUpdate();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
