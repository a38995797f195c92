// The package's "." types describe its Node plugin; the browser entry exports visualDiff.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
