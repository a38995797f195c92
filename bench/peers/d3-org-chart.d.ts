// The part of d3-org-chart 3.1.1's API the benchmarks call (the package ships no types).
declare module 'd3-org-chart' {
  export interface OrgChartNode<Row> {
    data: Row;
    depth: number;
  }
  export interface OrgChartState {
    lastTransform: { x: number; y: number; k: number };
    svg: { node(): SVGSVGElement | null };
    allNodes: unknown[];
  }
  export class OrgChart<Row = Record<string, unknown>> {
    container(element: HTMLElement): this;
    data(rows: Row[]): this;
    svgHeight(px: number): this;
    nodeWidth(fn: (node: OrgChartNode<Row>) => number): this;
    nodeHeight(fn: (node: OrgChartNode<Row>) => number): this;
    childrenMargin(fn: (node: OrgChartNode<Row>) => number): this;
    compactMarginBetween(fn: (node: OrgChartNode<Row>) => number): this;
    compactMarginPair(fn: (node: OrgChartNode<Row>) => number): this;
    initialExpandLevel(level: number): this;
    duration(ms: number): this;
    nodeContent(fn: (node: OrgChartNode<Row>) => string): this;
    render(): this;
    fit(options?: { animate?: boolean }): this;
    expandAll(): this;
    collapseAll(): this;
    getChartState(): OrgChartState;
  }
}
