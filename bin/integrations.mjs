#!/usr/bin/env node
// The `integrations` command. It runs the TypeScript sources through tsx, so a fresh clone
// needs no build step: `npm ci` and then `npx integrations …`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
