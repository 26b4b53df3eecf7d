import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, zhen } from '../helpers/cli.js';

describe('zhen (executable)', () => {
  it('--help, --version and --help on split exit 0', () => {
    const help = zhen(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/split/);
    const version = zhen(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const splitHelp = zhen(['split', '--help']);
    expect(splitHelp.status).toBe(0);
    expect(splitHelp.stdout).toMatch(/--format/);
  });

  it('bad usage exits 2 with one line on stderr', () => {
    for (const args of [
      ['nonsense'],
      ['split'],
      ['split', '--lang', 'fr', 'x.txt'],
      ['split', '--bogus', 'x'],
    ]) {
      const r = zhen(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^zhen: /);
    }
  });
});

describe('zhen split', () => {
  const dir = tempDir();

  it('splits a file, one sentence per line', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Mr. Chan approved it. The Group agreed.\n\n本公司同意。董事會批准。\n');
    const r = zhen(['split', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Mr. Chan approved it.\nThe Group agreed.\n本公司同意。\n董事會批准。\n');
  });

  it('reads standard input with -', () => {
    const r = zhen(['split', '-', '--lang', 'zh'], { input: '甲。乙。' });
    expect(r.stdout).toBe('甲。\n乙。\n');
  });

  it('--format jsonl gives text, start, end, paragraph, kind with offsets into the decoded input', () => {
    const input = '\ufeffTHE BOARD\n\nThe Board met. It agreed.\n';
    const r = zhen(['split', '-', '--format', 'jsonl'], { input });
    const decoded = input.slice(1); // the BOM is not part of the decoded text
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toEqual([
      { text: 'THE BOARD', start: 0, end: 9, paragraph: 0, kind: 'heading' },
      { text: 'The Board met.', start: 11, end: 25, paragraph: 1, kind: 'sentence' },
      { text: 'It agreed.', start: 26, end: 36, paragraph: 1, kind: 'sentence' },
    ]);
    for (const row of rows) expect(decoded.slice(row.start, row.end)).toBe(row.text);
  });

  it('reads Big5 and writes UTF-8', () => {
    const file = join(dir, 'big5.txt');
    writeFileSync(file, Buffer.from('c3f6b373a5e6a9f6a143', 'hex')); // 關連交易。
    expect(zhen(['split', file]).stdout).toBe('關連交易。\n');
  });

  it('bad input: missing, binary, undecodable → exit 2, one line naming the file, nothing written', () => {
    const binary = join(dir, 'b.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from('caf\xe9 \x80\xff', 'latin1'));
    const out = join(dir, 'never.txt');
    for (const file of [join(dir, 'missing.txt'), binary, bad, dir]) {
      const r = zhen(['split', file, '-o', out]);
      expect(r.status, file).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(dir)).not.toContain('never.txt');
  });

  it('-o writes atomically and never over an input', () => {
    const file = join(dir, 'in.txt');
    writeFileSync(file, 'One. Two.\n');
    const out = join(dir, 'out.txt');
    expect(zhen(['split', file, '-o', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('One.\nTwo.\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const r = zhen(['split', file, '-o', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/input/);
    expect(readFileSync(file, 'utf8')).toBe('One. Two.\n');

    const nowhere = zhen(['split', file, '-o', join(dir, 'no', 'such', 'dir', 'x.txt')]);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr.trim().split('\n')).toHaveLength(1);
  });
});
