export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/data/**', 'src/layout/**', 'src/insignia/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
