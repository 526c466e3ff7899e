/**
 * How every handler is bundled by esbuild: shared by the stack (`TaskFunction`), by the test that
 * loads each bundle, and by `npm run bench`, which measures the very bundles Lambda would load.
 *
 * ES module output with packages' `module` entry points first: esbuild can then drop what a handler
 * never imports from the AWS SDK, zod and luxon, which makes the bundles about 10% smaller and
 * their load about 20% faster than CommonJS output. Some CommonJS dependencies still call
 * `require` for Node built-ins, and an ES module has no `require` of its own: the banner makes one.
 * The AWS SDK is left out: Lambda's Node 22 runtime provides it (`externalModules`, CDK's default
 * for this runtime, written out so the bench and the test bundle the same way).
 */
export const HANDLER_BUNDLING = {
  format: 'esm',
  externalModules: ['@aws-sdk/*'],
  mainFields: ['module', 'main'],
  target: 'node22',
  minify: true,
  banner: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
} as const;

/** The same choices as esbuild's own options, for the bench and the test, which call esbuild directly. */
export function esbuildOptions() {
  const { banner, mainFields, externalModules, ...rest } = HANDLER_BUNDLING;
  return { ...rest, mainFields: [...mainFields], external: [...externalModules], banner: { js: banner }, bundle: true, platform: 'node' as const };
}
