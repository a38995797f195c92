export default {
  // The element classes, their define modules (tag names), their shared base classes and the event types: what the API docs describe.
  // Template and helper modules would only add declarations nobody documents (the manifest was 455 KB).
  globs: ['src/elements/*/oob-*.ts', 'src/elements/*/define.ts', 'src/elements/shared/oob-*.ts', 'src/events/index.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json's customElements field is written by hand; the analyzer would rewrite it to its outdir.
  packagejson: false,
};
