#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs (or *.bench.ts through tsx) in turn, or those
// named on the command line (`npm run bench -- split`). Benchmarks print their own figures;
// they are not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => /\.bench\.(mjs|ts)$/.test(f))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f}`);
  const cmd = f.endsWith('.ts')
    ? ['npx', ['tsx', join(here, f)]]
    : [process.execPath, [join(here, f)]];
  const r = spawnSync(cmd[0], cmd[1], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
