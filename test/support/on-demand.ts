import type { OnDemand } from '../../src/elements/shared/on-demand.js';

/** The source files the page has requested so far whose path matches `pattern` (the test server serves each module). */
export function requestedFiles(pattern: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => pattern.test(path));
}

/**
 * Takes over an on-demand module's import for a test: `hold()` makes imports wait until `release()`,
 * `fail()` makes them reject as a lost network does, `restore()` gives the real import back, and
 * `forget()` drops a module already loaded, so that the next use imports it again. `attempts` counts
 * the imports asked for while held or failing.
 */
export class ImportControl<M> {
  attempts = 0;
  private readonly target: { importer: () => Promise<M>; module: unknown };
  private readonly real: () => Promise<M>;
  private waiting: (() => void) | undefined;

  constructor(code: OnDemand<M>) {
    this.target = code as unknown as { importer: () => Promise<M>; module: unknown };
    this.real = this.target.importer;
  }

  forget(): void {
    this.target.module = undefined;
  }

  hold(): void {
    this.target.importer = () => {
      this.attempts += 1;
      return new Promise<void>((resolve) => (this.waiting = resolve)).then(this.real);
    };
  }

  release(): void {
    this.waiting?.();
  }

  fail(file: string): void {
    this.target.importer = () => {
      this.attempts += 1;
      return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${file}`));
    };
  }

  restore(): void {
    this.target.importer = this.real;
  }
}

/** Collects the page's unhandled promise rejections until `stop()`. */
export function watchRejections(): { problems: string[]; stop(): void } {
  const problems: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('unhandledrejection', onRejection);
  return { problems, stop: () => window.removeEventListener('unhandledrejection', onRejection) };
}
