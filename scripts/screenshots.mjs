// Captures the README's screenshots from the built Storybook: npm run build-storybook && node scripts/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium-flags.mjs';
import { serveStatic } from './static-server.mjs';
import { FONTSOURCE_DIR, fontFaceCss, loadFontsScript } from './test-fonts.mjs';

const shots = [
  ['elements-hierarchy--default', 'hierarchy-default.png', 1100, 560],
  ['elements-hierarchy--date-19471231', 'hierarchy-1947.png', 1100, 560],
  ['elements-hierarchy--radial', 'hierarchy-radial.png', 900, 760],
  ['elements-hierarchy--dark', 'hierarchy-dark.png', 1100, 560],
  ['elements-strength-chart--personnel', 'strength-personnel.png', 1100, 460],
  ['elements-strength-chart--ili-vs-kuomintang', 'strength-ili-vs-kmt.png', 1100, 520],
  ['elements-strength-chart--equipment', 'strength-equipment.png', 1100, 760],
  ['elements-rank-table--all', 'rank-table.png', 1200, 640],
  ['elements-rank-table--dark', 'rank-table-dark.png', 1200, 420],
  ['linked-views--linked-views', 'linked-views.png', 1200, 1100],
  ['guides-theming--archive-paper', 'theme-archive-paper.png', 1100, 900],
  ['elements-hierarchy-compare--april-to-1949', 'hierarchy-compare.png', 1100, 700],
  ['elements-hierarchy--auto-at-widths', 'hierarchy-widths.png', 1200, 1400],
  ['elements-strength-chart--illustrative-army', 'strength-by-unit.png', 1100, 900],
  ['elements-rank-table--compare-illustrative', 'rank-compare.png', 1200, 900],
];
const root = 'storybook-static';
// The screenshots bring their own fonts, like the tests (scripts/test-fonts.mjs), so they look the same on any machine.
const server = await serveStatic(root, { mounts: { '/__fontsource/': FONTSOURCE_DIR } });
mkdirSync('docs/images', { recursive: true });
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  for (const [id, file, width, height] of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle0' });
    await page.addStyleTag({ content: fontFaceCss(`${server.url}/__fontsource`) });
    await page.evaluate(loadFontsScript);
    await new Promise((r) => setTimeout(r, 800));
    await page.screenshot({ path: join('docs/images', file) });
    console.log(`docs/images/${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
