import { MAX_PROBLEMS } from './limits.js';
import type { Problem, ProblemCode } from '../types.js';

/** Collects problems, keeping the first {@link MAX_PROBLEMS} and counting the rest. */
export class Problems {
  private readonly kept: Problem[] = [];
  private dropped = 0;

  constructor(private readonly max: number = MAX_PROBLEMS) {}

  add(path: string, code: ProblemCode, message: string): void {
    if (this.kept.length < this.max) this.kept.push({ path, code, message });
    else this.dropped += 1;
  }

  /** Adds the problems of `earlier` (collected apart, reported now) as if they were added one by one. */
  addAll(earlier: Problems): void {
    for (const problem of earlier.kept) this.add(problem.path, problem.code, problem.message);
    // `earlier` drops only once it holds its maximum, and adding that many fills this one too.
    this.dropped += earlier.dropped;
  }

  /** How many problems were found, listed or not. */
  get count(): number {
    return this.kept.length + this.dropped;
  }

  /** The problems to report: the kept ones plus, when some were dropped, a summary. */
  list(): Problem[] {
    if (this.dropped === 0) return [...this.kept];
    const summary: Problem = {
      path: '',
      code: 'too-large',
      message: `${this.dropped} more problem${this.dropped === 1 ? ' was' : 's were'} found but not listed (only the first ${this.max} are reported)`,
    };
    return [...this.kept, summary];
  }
}

/** A short, safe description of a thrown value; never throws itself. */
export function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return String(error);
  } catch {
    return 'an unreadable error';
  }
}
