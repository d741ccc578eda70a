// Reading inputs for the CLI with clear, one-line errors.
import { readFileSync } from 'node:fs';
import { UsageError } from './args.ts';

/**
 * Reads UTF-8 text from a file or '-' (stdin); rejects binary data. A leading byte-order mark is
 * dropped unless `keepBom`: `check` keeps it and reports offsets into the file's text as Node's
 * readFileSync(file, 'utf8') and Python's open(file, encoding='utf-8') return it, BOM included,
 * so a script can cut findings out of what it reads. (The engine treats U+FEFF as white space.)
 */
export function readTextInput(path: string, { keepBom = false }: { keepBom?: boolean } = {}): string {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR') throw new UsageError(`cannot read ${path}: it is a directory`);
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (buffer.includes(0)) throw new UsageError(`${path} is binary, not text`);
  // ignoreBOM: true keeps the mark in the text (TextDecoder would drop it by default).
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(buffer);
  // More than a few replacement characters means it was not UTF-8 text.
  const bad = text.match(/\uFFFD/g)?.length ?? 0;
  if (bad > 0 && bad > text.length / 100) throw new UsageError(`${path} is not UTF-8 text`);
  return keepBom ? text : text.replace(/^\uFEFF/, '');
}

export function readJsonInput(path: string): unknown {
  const text = readTextInput(path);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}
