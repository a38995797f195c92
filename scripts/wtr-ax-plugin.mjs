/**
 * web-test-runner command `oob-ax-tree`: the roles and names of the page's accessibility tree, as
 * Chromium gives it to screen readers (CDP's full tree, ignored nodes left out). axe reads the DOM;
 * this shows what the browser exposes, e.g. that a visually hidden table is still there. `roles`
 * keeps only nodes of those roles; each node also says which table, grid or tree it is in (`container`,
 * that one's name).
 */
export function oobAxTreePlugin() {
  return {
    name: 'oob-ax-tree-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'oob-ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`oob-ax-tree needs a puppeteer-driven browser, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const roles = payload?.roles ? new Set(payload.roles) : undefined;
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        // The name of the nearest table (or grid, tree) a node is inside, so a test can tell one table from several.
        const container = (n) => {
          for (let p = byId.get(n.parentId); p; p = byId.get(p.parentId))
            if (['table', 'grid', 'tree', 'treegrid'].includes(p.role?.value)) return p.name?.value ?? '';
          return undefined;
        };
        return nodes
          .filter((n) => !n.ignored && (!roles || roles.has(n.role?.value)))
          .map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '', container: container(n) }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
