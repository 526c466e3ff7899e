/**
 * How every handler is bundled by esbuild: shared by the stack (`TaskFunction`), by the test that
 * loads each bundle, and by `npm run bench`, which measures the very bundles Lambda would load.
 *
 * ES module output with packages' `module` entry points first: esbuild can then drop what a handler
 * never imports from the AWS SDK, zod and luxon, which makes the bundles about 10% smaller and
 * their load about 20% faster than CommonJS output. Some CommonJS dependencies still call
 * `require` for Node built-ins, and an ES module has no `require` of its own: the banner makes one.
 */
export const HANDLER_BUNDLING = {
  format: 'esm',
  mainFields: ['module', 'main'],
  target: 'node22',
  minify: true,
  banner: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
} as const;
