import { readFileSync, statSync } from 'node:fs';

/**
 * Reads a file the CLI was asked to analyse and rejects what is not an HTML page: missing,
 * unreadable, empty, binary or plain text. Throws an Error with a one-line message.
 * Pages are decoded by their byte-order mark or `<meta charset>` (Chinese portals still serve
 * GBK/GB18030 and Japanese sites Shift_JIS), else as UTF-8.
 */
export function readHtmlFile(path: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new Error('not a regular file');
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : `cannot read (${(error as Error).message})`;
    throw new Error(reason, { cause: error });
  }
  if (bytes.length === 0) throw new Error('empty file');
  const head = bytes.subarray(0, 8192);
  if (head.includes(0) && !isUtf16(head)) throw new Error('binary file, not HTML');
  const text = decode(bytes);
  if (text.trim() === '') throw new Error('empty file');
  const replacement = (text.slice(0, 8192).match(/\uFFFD/g) ?? []).length;
  if (replacement > 50) throw new Error('binary or undecodable file, not HTML');
  if (!/<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|main|section|span|a)\b/i.test(text.slice(0, 200_000))) {
    throw new Error('not HTML (no HTML tags found)');
  }
  return text;
}

function isUtf16(head: Buffer): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

/** The encoding the page declares (BOM first, then a meta tag in the first 4 KB), else UTF-8. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (isUtf16(bytes)) return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  const ascii = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(ascii)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // An unknown label: fall back to UTF-8, as browsers do.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
