/**
 * web-test-runner command `oob-media`: emulates any CSS media features (including `forced-colors`,
 * which neither @web/test-runner-commands nor puppeteer's emulateMediaFeatures accept) and the media
 * type, in Chromium, through the DevTools protocol. Each call replaces the previous emulation.
 */
const sessions = new WeakMap();

export function oobMediaPlugin() {
  return {
    name: 'oob-media-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'oob-media') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`oob-media needs a puppeteer-driven browser, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      // Emulation lives as long as the CDP session that set it, so keep one per page.
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const features = Object.entries(payload?.features ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await cdp.send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features });
      return true;
    },
  };
}
