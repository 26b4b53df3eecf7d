/** What every command shares: reading inputs, writing outputs, common options. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { type ReadOptions, readSource, type SourceText } from '../io/read.js';
import { packageRoot } from '../paths.js';

export const version: string = JSON.parse(
  readFileSync(join(packageRoot, 'package.json'), 'utf8'),
).version;

export function encodingOption(): Option {
  return new Option('--encoding <name>', 'input text encoding (default: detected)');
}

export function outputOption(): Option {
  return new Option('-o, --output <file>', 'write to FILE (atomically) instead of standard output');
}

/** `--review-threshold`: a confidence from 0 to 1 (UsageError otherwise). */
export function parseReviewThreshold(value: string | undefined): number {
  const threshold = Number(value);
  if (!(threshold >= 0 && threshold <= 1))
    throw new UsageError('--review-threshold takes a number from 0 to 1');
  return threshold;
}

export async function readInput(path: string, options: ReadOptions): Promise<SourceText> {
  return readSource(path, options);
}

/** Write a command's result to `output` (atomically, never over an input) or to stdout. */
export function writeOutput(
  data: string,
  output: string | undefined,
  inputs: readonly string[],
): void {
  if (output && output !== '-') writeFileAtomic(output, data, inputs);
  else process.stdout.write(data);
}

/** The formats an alignment is written in (`zhen align`, `zhen split --separate`). */
export type AlignFormat = 'tmx' | 'xliff' | 'xliff12' | 'tsv' | 'jsonl' | 'beads';
export const ALIGN_FORMATS: readonly AlignFormat[] = [
  'tmx',
  'xliff',
  'xliff12',
  'tsv',
  'jsonl',
  'beads',
];
