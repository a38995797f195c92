/**
 * web-test-runner plugin: serves the few CommonJS/UMD packages the library imports (papaparse) as
 * ES modules, as bundlers (Vite, esbuild, webpack) do for users. The test runner serves files as
 * they are, and a UMD file has no `export default`.
 */
const UMD_PACKAGES = [/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/];

export function cjsAsEsmPlugin() {
  return {
    name: 'oob-cjs-as-esm',
    transform(context) {
      if (!UMD_PACKAGES.some((pattern) => pattern.test(context.path))) return undefined;
      return { body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;\n` };
    },
  };
}
