/** Where the package's own files are, whether running from dist/ (built) or src/ (tests). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The package root: the folder holding package.json. */
export const packageRoot = resolve(here, '..');

/** Data generated at build time (`npm run build`), e.g. the CC-CEDICT lexicon. */
export function buildDataPath(name: string): string {
  return join(packageRoot, 'build', 'data', name);
}

/** The shipped glossaries folder. */
export const glossariesDir = join(packageRoot, 'glossaries');

export function hasBuildData(name: string): boolean {
  return existsSync(buildDataPath(name));
}
