/**
 * Errors the CLI turns into one line on stderr and exit code 2. Library code throws these for
 * anything the user can fix (bad input, bad options); anything else is a bug.
 */

export class InputError extends Error {
  /** the file the problem is in ('-' for stdin) */
  readonly file: string | undefined;
  /** 1-based line and column, for XML and other structured input */
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, where: { file?: string; line?: number; column?: number } = {}) {
    super(message);
    this.name = 'InputError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }

  /** `file:line:column: message`, the one line the CLI prints. */
  format(): string {
    const place = [this.file, this.line, this.column].filter((p) => p !== undefined).join(':');
    return place ? `${place}: ${this.message}` : this.message;
  }
}

/** Bad command-line usage (conflicting options, missing arguments). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
