// @ts-check
/**
 * ESLint rule `ruche/boundaries`: the module boundaries of DESIGN.md, checked on every import,
 * export-from, dynamic import() and require() of the repository:
 * - server/src/core (infrastructure) imports no feature module and no app-level file;
 * - a feature module uses another module only through its public surface, `modules/<name>/index.ts`
 *   (its module class, service and public types) or `modules/<name>/cli.ts` (its CLI commands), never
 *   its internal files;
 * - the web imports no server code; the shared package imports neither server nor web code, nor Nest,
 *   TypeORM or Svelte.
 * Relative paths are resolved against the importing file; package imports are checked by name.
 */
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const SERVER_SRC = path.join(ROOT, 'server/src');
const CORE = path.join(SERVER_SRC, 'core');
const MODULES = path.join(SERVER_SRC, 'modules');
const WEB = path.join(ROOT, 'web');
const SHARED = path.join(ROOT, 'shared');
const SERVER = path.join(ROOT, 'server');

const inside = (file, dir) => file === dir || file.startsWith(dir + path.sep);
const rel = (file) => path.relative(ROOT, file);
/** `modules/<name>` of a path inside server/src/modules, or undefined. */
const moduleOf = (file) => (inside(file, MODULES) ? path.relative(MODULES, file).split(path.sep)[0] : undefined);
const stripExt = (file) => file.replace(/\.(ts|js|mjs|cjs|svelte)$/, '');

const SHARED_FORBIDDEN_PACKAGES = /^(@nestjs\/|typeorm$|svelte($|\/)|@sveltejs\/|@ruche\/server$|@ruche\/web$)/;

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce Ruche module boundaries (core ↛ modules, modules → other modules via index.ts only, web ↛ server)' },
    schema: [],
    messages: {
      coreImportsModule: 'core is infrastructure and imports no feature module ({{target}}); declare an interface in core and let the module provide it.',
      coreImportsApp: 'core imports no app-level file ({{target}}).',
      moduleInternals: 'modules/{{from}} reaches into modules/{{to}} internals ({{target}}); import from "{{index}}" (its public surface) instead.',
      moduleImportsApp: 'a module imports no app-level file ({{target}}).',
      webImportsServer: 'the web imports no server code ({{target}}); share types through @ruche/shared.',
      sharedImports: '@ruche/shared holds pure types and functions: it imports no server, web, Nest, TypeORM or Svelte code ({{target}}).',
    },
  },
  create(context) {
    const file = path.resolve(context.filename);
    const fromModule = moduleOf(file);
    const inCore = inside(file, CORE);
    const inWeb = inside(file, WEB);
    const inShared = inside(file, SHARED);
    const inAppLevel = inside(file, SERVER_SRC) && !inCore && !fromModule && path.dirname(file) === SERVER_SRC;

    /** @param {import('estree').Node} node @param {unknown} source */
    function check(node, source) {
      if (typeof source !== 'string') return;
      if (!source.startsWith('.')) {
        if (inWeb && /^@ruche\/server($|\/)/.test(source)) context.report({ node, messageId: 'webImportsServer', data: { target: source } });
        if (inShared && SHARED_FORBIDDEN_PACKAGES.test(source)) context.report({ node, messageId: 'sharedImports', data: { target: source } });
        return;
      }
      const target = path.resolve(path.dirname(file), source);
      const shown = rel(target);
      if (inWeb && inside(target, SERVER)) return context.report({ node, messageId: 'webImportsServer', data: { target: shown } });
      if (inShared && (inside(target, SERVER) || inside(target, WEB))) return context.report({ node, messageId: 'sharedImports', data: { target: shown } });
      const appLevelTarget = inside(target, SERVER_SRC) && path.dirname(target) === SERVER_SRC;
      if (inCore) {
        if (inside(target, MODULES)) return context.report({ node, messageId: 'coreImportsModule', data: { target: shown } });
        if (appLevelTarget) return context.report({ node, messageId: 'coreImportsApp', data: { target: shown } });
        return;
      }
      const toModule = moduleOf(target);
      if (fromModule && appLevelTarget) return context.report({ node, messageId: 'moduleImportsApp', data: { target: shown } });
      if ((fromModule || inAppLevel) && toModule && toModule !== fromModule) {
        const publicSurface = path.join(MODULES, toModule);
        // A module's public surfaces: index.ts, and cli.ts for its `npm run cli` commands (pure code only).
        const isIndex = target === publicSurface || [path.join(publicSurface, 'index'), path.join(publicSurface, 'cli')].includes(stripExt(target));
        if (!isIndex) {
          context.report({
            node,
            messageId: 'moduleInternals',
            data: { from: fromModule ?? '(app)', to: toModule, target: shown, index: path.relative(path.dirname(file), publicSurface) || '.' },
          });
        }
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0].value);
      },
    };
  },
};
