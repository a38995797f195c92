/** The characters typed in quick succession for type-ahead; forgotten after a pause. */
export class TypeAheadBuffer {
  private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly pause = 700) {}

  get active(): boolean {
    return this.text.length > 0;
  }

  push(char: string): string {
    clearTimeout(this.timer);
    this.text += char;
    this.timer = setTimeout(() => this.clear(), this.pause);
    return this.text;
  }

  clear(): void {
    clearTimeout(this.timer);
    this.text = '';
  }
}
