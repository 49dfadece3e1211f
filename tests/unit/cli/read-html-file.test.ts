import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlFile } from '../../../src/cli/read-html-file';

const dir = mkdtempSync(join(tmpdir(), 'rl-read-'));
function file(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('readHtmlFile', () => {
  it('decodes a GBK page by its meta charset', () => {
    // 来源：新华社 in GBK.
    const gbk = Buffer.from([0xc0, 0xb4, 0xd4, 0xb4, 0xa3, 0xba, 0xd0, 0xc2, 0xbb, 0xaa, 0xc9, 0xe7]);
    const path = file('gbk.html', Buffer.concat([Buffer.from('<html><head><meta charset="gbk"></head><body><p>'), gbk, Buffer.from('</p></body></html>')]));
    expect(readHtmlFile(path)).toContain('<p>来源：新华社</p>');
  });

  it('decodes a UTF-8 page with a byte-order mark', () => {
    const path = file('bom.html', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>出典：共同通信</p>')]));
    expect(readHtmlFile(path)).toBe('<p>出典：共同通信</p>');
  });

  it.each([
    ['missing', join(dir, 'nope.html'), /file not found/],
    ['empty', file('empty.html', ''), /empty file/],
    ['whitespace only', file('blank.html', '  \n '), /empty file/],
    ['binary', file('bin.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), /binary/],
    ['plain text', file('text.html', 'just some words, no markup'), /not HTML/],
    ['a folder', dir, /not a regular file/],
  ])('refuses a %s file with a one-line reason', (_name, path, reason) => {
    expect(() => readHtmlFile(path)).toThrow(reason);
  });
});
