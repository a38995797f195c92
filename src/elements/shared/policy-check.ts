/**
 * Says clearly what a page's Content-Security-Policy must allow when it blocks the Trusted Types
 * policy Lit creates as it loads: otherwise the page only shows Lit's own TypeError and no chart.
 * Imported first by the entry points (it has no imports), so it listens before Lit evaluates.
 */
const NEEDED = "trusted-types lit-html oob-charts";
const WARNED = Symbol.for('oob-charts.policy-check');

if (typeof document !== 'undefined') {
  const doc = document as Document & { [WARNED]?: boolean };
  if (!doc[WARNED]) {
    doc[WARNED] = true;
    doc.addEventListener('securitypolicyviolation', (event) => {
      if (event.effectiveDirective !== 'trusted-types' || !/lit-html|oob-charts/.test(event.sample)) return;
      console.error(
        `oob-charts: this page's Content-Security-Policy does not allow the Trusted Types policy "${event.sample}" that Lit ` +
          `(which draws the charts) creates, so no chart can load. Allow it with \`${NEEDED}\` in the trusted-types directive ` +
          `(see "Strict Content-Security-Policy" in the oob-charts README).`,
      );
    });
  }
}

export {};
