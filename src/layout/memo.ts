/** Remembers the last result of a computation and reuses it while its inputs are identical (`===`). */
export class Memo<T> {
  private deps: readonly unknown[] | undefined;
  private value: T | undefined;

  get(deps: readonly unknown[], compute: () => T): T {
    if (this.deps && this.deps.length === deps.length && this.deps.every((d, i) => d === deps[i])) return this.value as T;
    this.value = compute();
    this.deps = deps;
    return this.value;
  }
}
