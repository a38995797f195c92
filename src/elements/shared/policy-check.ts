/**
 * Keeps the library loadable, and says clearly what a page's Content-Security-Policy must allow,
 * when the page forbids the Trusted Types policy Lit creates as it loads (`trusted-types 'none'`, or
 * a list without `lit-html`). Without this, Lit's module throws while it evaluates, no element is
 * defined, and the page only shows Lit's own TypeError. Imported first by the entry points (it has
 * no imports), so it runs before Lit evaluates.
 *
 * While the entry's modules evaluate (one synchronous pass), a refused `lit-html` policy is caught
 * here: Lit then loads, the elements are defined, and each one shows a short message instead of a
 * chart (see `OobElement`), because Lit cannot draw on such a page. The browser's own
 * `createPolicy` is put back right after that pass.
 */
const NEEDED = 'trusted-types lit-html oob-charts';
const STATE = Symbol.for('oob-charts.trusted-types');

interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}
interface PolicyState {
  blocked: boolean;
}

/** The message a page that refuses Lit's policy gets, in the console and in each element. */
export const POLICY_MESSAGE =
  `oob-charts: this page's Content-Security-Policy does not allow the Trusted Types policy "lit-html" that Lit ` +
  `(which draws the charts) creates, so no chart can be drawn. Allow it with \`${NEEDED}\` in the trusted-types directive ` +
  `(see "Strict Content-Security-Policy" in the oob-charts README).`;

const scope = globalThis as typeof globalThis & { trustedTypes?: PolicyFactory; [STATE]?: PolicyState };

if (scope[STATE] === undefined) {
  const state: PolicyState = { blocked: false };
  scope[STATE] = state;
  const factory = scope.trustedTypes;
  if (factory && typeof factory.createPolicy === 'function') {
    const original = factory.createPolicy;
    const guarded = function (this: PolicyFactory, name: string, rules: object): unknown {
      try {
        return original.call(this, name, rules);
      } catch (error) {
        if (name !== 'lit-html') throw error;
        state.blocked = true;
        console.error(POLICY_MESSAGE);
        return undefined;
      }
    };
    try {
      factory.createPolicy = guarded;
      // Lit evaluates in the same pass as this module; a later task sees the browser's own method.
      setTimeout(() => {
        if (factory.createPolicy === guarded) factory.createPolicy = original;
      }, 0);
    } catch {
      // A frozen factory: Lit's error stays, the violation report still names the policy.
    }
  }
}

/** True when this page refused Lit's Trusted Types policy: the elements cannot draw and say why. */
export function trustedTypesBlocked(): boolean {
  return scope[STATE]?.blocked === true;
}
