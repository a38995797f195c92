export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/data/**', 'src/layout/**', 'src/insignia/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json's customElements field is written by hand; the analyzer would rewrite it to its outdir.
  packagejson: false,
};
