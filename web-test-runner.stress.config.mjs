// `npm run test:stress`: the hardening tests (test/hardening) at the sizes of the outside probe:
// 200,000-level chains, many more random datasets, the whole XSS corpus on every field, more
// lifecycle cycles. Same browser, plugins and fonts as `npm test`; pages get `window.oobStress = true`.
import config, { testRunnerHtml } from './web-test-runner.config.mjs';

const hardening = (config.groups ?? []).filter((group) => group.name.startsWith('hardening/'));

export default {
  ...config,
  groups: hardening,
  // Two pages at once, like npm test: the long files (mutations, XSS corpus, lifecycles) overlap on two cores.
  concurrency: 2,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 300_000 } },
  testRunnerHtml: (testFramework) =>
    testRunnerHtml(testFramework).replace(
      '<script type="module">',
      '<script>window.oobStress = true;</script>\n    <script type="module">',
    ),
};
