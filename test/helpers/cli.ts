/** Running the built `zhen` executable in tests (built by `npm test`'s pretest step). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const ZHEN = join(ROOT, 'dist', 'cli', 'main.js');
export const SHARED = resolve(ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'corpora'));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function zhen(
  args: string[],
  options: { input?: string | Uint8Array; cwd?: string } = {},
): Run {
  if (!existsSync(ZHEN))
    throw new Error(`${ZHEN} is missing: run \`npm run build\` (npm test does it)`);
  const r = spawnSync(process.execPath, [ZHEN, ...args], {
    input: options.input,
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'zhen-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
