import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium-flags.mjs';
import { oobMediaPlugin } from './scripts/wtr-media-plugin.mjs';
import { oobAxTreePlugin } from './scripts/wtr-ax-plugin.mjs';
import { cjsAsEsmPlugin } from './scripts/wtr-cjs-plugin.mjs';
import { fontFaceCss, loadFontsScript } from './scripts/test-fonts.mjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

/** Chromium's major version: pixel baselines are only comparable within one browser build. */
function chromiumMajor() {
  try {
    return (
      /(\d+)\./.exec(
        execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }),
      )?.[1] ?? 'unknown'
    );
  } catch {
    return 'unknown';
  }
}
const baselineDir = `${process.platform}-chromium-${chromiumMajor()}`;
const hasBaselines = existsSync(`test/screenshots/${baselineDir}/baseline`);
if (!hasBaselines) {
  console.warn(
    `oob-charts: no pixel baselines for ${baselineDir} yet; this run writes them to test/screenshots/${baselineDir}/ (review and commit them).`,
  );
}

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const files = readdirSync('test', { recursive: true })
  .map((f) => `test/${f}`)
  .filter((f) => f.endsWith('.test.ts'))
  .sort();

/** One group per test file (Shoelace style) so `npm test -- --group elements/hierarchy/oob-hierarchy` runs one file. */
const cliNamesFiles = process.argv.slice(2).some((arg) => arg.endsWith('.ts') && !arg.startsWith('-'));
const groups = cliNamesFiles
  ? undefined
  : files.map((file) => ({ name: file.replace(/^test\//, '').replace(/\.test\.ts$/, ''), files: file }));

/**
 * Every test page brings its own fonts (scripts/test-fonts.mjs, served from node_modules/@fontsource)
 * and starts the tests only once they are loaded, so measured text and pixels are the same on any machine.
 */
export const testRunnerHtml = (testFramework) => `<!DOCTYPE html>
<html>
  <head><style>${fontFaceCss('/node_modules/@fontsource')}</style></head>
  <body>
    <script type="module">
      await ${loadFontsScript};
      await import('${testFramework}');
    </script>
  </body>
</html>`;

export default {
  ...(groups ? { groups } : {}),
  testRunnerHtml,
  nodeResolve: { exportConditions: ['production'] },
  // Two test pages at once, each in its own browser context (its own window): in a shared window the
  // second page is a background tab that gets no requestAnimationFrame and no ResizeObserver callbacks.
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig }),
    oobMediaPlugin(),
    oobAxTreePlugin(),
    cjsAsEsmPlugin(),
    // Pixel diffs for the few tests where looks matter (test/visual/). Baselines are per OS and
    // Chromium major version (a new Chromium writes fresh baselines on its first run, to commit);
    // refresh them with `npm run test:baselines` (docs/testing.md).
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline') || !hasBaselines,
      baseDir: 'test/screenshots',
      getBaselineName: ({ name }) => `${baselineDir}/baseline/${name}`,
      getDiffName: ({ name }) => `${baselineDir}/failed/${name}-diff`,
      getFailedName: ({ name }) => `${baselineDir}/failed/${name}`,
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
    }),
  ],
};
