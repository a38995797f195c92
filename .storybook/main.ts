import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Every Lit entry the elements, the stories and Storybook's web-components renderer import. Vite
 * pre-bundles dependencies in batches: an entry found late (e.g. `lit/directive-helpers.js`, which
 * only the renderer imports) is bundled in a second pass with its own copy of lit-html, and Lit then
 * warns that several versions are loaded. Deduping and pre-bundling them together keeps one Lit.
 */
const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'];
const LIT_ENTRIES = [
  'lit',
  'lit/decorators.js',
  'lit/directive.js',
  'lit/directive-helpers.js',
  'lit/directives/guard.js',
  'lit/directives/if-defined.js',
  'lit/directives/repeat.js',
  'lit/directives/style-map.js',
  '@lit/context',
];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, { resolve: { dedupe: LIT }, optimizeDeps: { include: LIT_ENTRIES } });
  },
};

export default config;
