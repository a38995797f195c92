/** Flags every headless Chromium launch in this repo uses: root needs --no-sandbox, and on a closed
 * network the background services would otherwise retry connections for the whole run. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--font-render-hinting=none',
  // window.gc() for the lifecycle tests (test/hardening/lifecycle.test.ts), which count instances left behind.
  '--js-flags=--expose-gc',
];

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
