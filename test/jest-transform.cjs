// Nest 12, and several of its dependencies, ship ES modules only. Node 20 can require() them, but
// Jest's own module loader cannot until Node 24.9, so Jest compiles them to CommonJS with SWC, like
// our TypeScript. CommonJS files in node_modules are passed through untouched.
const { createTransformer } = require('@swc/jest');

const swc = createTransformer({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
});

// `import` at the start of a line, or `export` in any form, minified code included.
const esmSyntax = /^\s*import\s*[\w{*'"]|(^|[;}\s])export\s*(\{|\*|default\b|const\b|let\b|var\b|function\b|class\b|async\b)/m;

module.exports = {
  ...swc,
  process(source, path, options) {
    if (path.includes('/node_modules/') && !esmSyntax.test(source)) return { code: source };
    return swc.process(source, path, options);
  },
  getCacheKey(source, path, options) {
    return 'v3' + swc.getCacheKey(source, path, options);
  },
};
