/**
 * Output files are written whole or not at all: to a temporary file beside the target, then
 * renamed over it. An output path that is one of the inputs is refused before anything is written.
 */
import { realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Throws UsageError when `output` names the same file as one of `inputs`. */
export function refuseOverwrite(output: string, inputs: readonly string[]): void {
  const out = canonical(output);
  for (const input of inputs) {
    if (input !== '-' && canonical(input) === out) {
      throw new UsageError(`refusing to write ${output}: it is an input file`);
    }
  }
}

/** Write `data` to `path` atomically. */
export function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  inputs: readonly string[] = [],
): void {
  refuseOverwrite(path, inputs);
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
