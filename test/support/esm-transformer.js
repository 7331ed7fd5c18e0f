/**
 * NestJS 12 and a few of its companions ship only ES modules, which jest's CommonJS runtime cannot
 * load on Node 20 (require(esm) inside jest arrives with Node 24.9). This transformer compiles them
 * to CommonJS with SWC, first rewriting the two ESM-only idioms they use.
 */
const { createTransformer } = require('@swc/jest');
const { createHash } = require('node:crypto');

const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs', ignoreDynamic: false },
  sourceMaps: 'inline',
};
const swc = createTransformer(options);

function rewrite(source) {
  return source
    .replace(/const require = createRequire\(import\.meta\.url\);?/g, '')
    .replace(/createRequire\(import\.meta\.url\)/g, 'require')
    .replace(/import\.meta\.url/g, "require('node:url').pathToFileURL(__filename).href")
    .replace(/import\.meta\.dirname/g, '__dirname')
    .replace(/import\.meta\.filename/g, '__filename');
}

module.exports = {
  canInstrument: false,
  process(source, filename, config) {
    return swc.process(rewrite(source), filename, config);
  },
  getCacheKey(source, filename, config) {
    return createHash('sha256').update('esm-v1').update(swc.getCacheKey(source, filename, config)).digest('hex');
  },
};
