// Makes sure a Chromium exists before the browser suites start; never downloads a browser build. No fonts are
// installed: test pages serve their own (scripts/test-fonts.mjs).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium-flags.mjs';

if (existsSync(chromiumPath)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`oob-charts: ${chromiumPath} not found; installing Debian's chromium with apt-get (one time)…`);
  const opts = { stdio: 'inherit', timeout: 15 * 60 * 1000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  const update = spawnSync('apt-get', ['update', '-qq'], opts);
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], opts) : update;
  if (install.status === 0 && existsSync(chromiumPath)) process.exit(0);
}
console.error(
  `oob-charts: no Chromium at ${chromiumPath}. Install it (Debian/Ubuntu: "sudo apt-get install -y chromium") or set CHROME_PATH to a Chromium/Chrome binary, then run the command again.`,
);
process.exit(1);
