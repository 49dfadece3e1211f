import { readFileSync, statSync } from 'node:fs';

/**
 * Reads a file the CLI was asked to analyse and rejects what is not an HTML page: missing,
 * unreadable, empty, binary or plain text. Throws an Error with a one-line message.
 */
export function readHtmlFile(path: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new Error('not a regular file');
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : `cannot read (${(error as Error).message})`);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new Error('empty file');
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new Error('binary file, not HTML');
  const text = bytes.toString('utf8');
  const replacement = (text.slice(0, 8192).match(/\uFFFD/g) ?? []).length;
  if (replacement > 50) throw new Error('binary or non-UTF-8 file, not HTML');
  if (!/<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|main|section|span|a)\b/i.test(text.slice(0, 200_000))) {
    throw new Error('not HTML (no HTML tags found)');
  }
  return text;
}
