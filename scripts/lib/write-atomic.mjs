// Build output written whole or not at all: to a temporary file in the same folder, then renamed.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `text` to `dir/name` (`name` may hold a subfolder: `jieba/dict.utf8`). */
export function writeAtomic(dir, name, text) {
  const tmp = join(dir, `.${name.replace(/\//g, '_')}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, join(dir, name));
}
