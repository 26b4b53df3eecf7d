#!/usr/bin/env node
/** The `zhen` executable: parses the command line, runs one command, maps errors to exit codes. */
import { Command, CommanderError } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { version } from './common.js';

/** Exit codes: 0 success, 1 QA findings at or above --fail-on, 2 bad usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

function buildProgram(): Command {
  const program = new Command('zhen')
    .description(
      'Chinese/English bilingual regulatory documents: split, align, glossaries, law names, QA',
    )
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      outputError: (str, write) => write(`zhen: ${str.replace(/^error: /, '')}`),
    });
  return program;
}

/**
 * Commands in the order of the work. Each module is imported only when its command runs (or
 * for the full help), so `zhen split` does not load the aligner, the PDF reader's layout code
 * or the QA checks.
 */
const COMMANDS: Record<string, () => Promise<(program: Command) => void>> = {
  split: async () => (await import('./split.js')).registerSplit,
  align: async () => (await import('./align.js')).registerAlign,
  eval: async () => (await import('./eval.js')).registerEval,
  glossary: async () => (await import('./glossary.js')).registerGlossary,
  match: async () => (await import('./match.js')).registerMatch,
  qa: async () => (await import('./qa.js')).registerQa,
  convert: async () => (await import('./convert.js')).registerConvert,
};

async function registerCommands(program: Command, argv: readonly string[]): Promise<void> {
  const name = argv.find((a) => !a.startsWith('-'));
  const names = name !== undefined && name in COMMANDS ? [name] : Object.keys(COMMANDS);
  for (const n of names) (await COMMANDS[n]!())(program);
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await registerCommands(program, argv);
    await program.parseAsync(argv, { from: 'user' });
    return process.exitCode === undefined ? EXIT_OK : Number(process.exitCode);
  } catch (err) {
    if (err instanceof CommanderError) {
      const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(
        err.code,
      );
      return ok ? EXIT_OK : EXIT_BAD_INPUT;
    }
    if (err instanceof InputError) {
      process.stderr.write(`zhen: ${err.format()}\n`);
      return EXIT_BAD_INPUT;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`zhen: ${err.message}\n`);
      return EXIT_BAD_INPUT;
    }
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EACCES' || e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'ENOSPC') {
      process.stderr.write(`zhen: ${e.path ?? ''}: cannot write (${e.code})\n`);
      return EXIT_BAD_INPUT;
    }
    process.stderr.write(`zhen: internal error: ${e.message ?? String(err)}\n`);
    if (process.env.ZHEN_DEBUG) process.stderr.write(`${e.stack}\n`);
    return EXIT_BAD_INPUT;
  }
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(EXIT_OK);
  throw err;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
