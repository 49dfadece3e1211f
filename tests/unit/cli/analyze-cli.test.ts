import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Spawns the real CLI with tsx on small temporary files. */
const root = resolve(__dirname, '..', '..', '..');
function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'cli', 'analyze.ts'), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GOOD = `<!doctype html><html><head><meta property="og:site_name" content="某某的博客"></head><body>
<p>近年来，本地多部门联合开展专项行动，取得了明显成效，群众满意度持续提升，相关工作将继续推进。</p>
<p>（本文转载于【某县公安在线】，经【某某融媒】编辑）</p></body></html>`;

describe('analyze CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));
  const good = join(dir, 'good.html');
  writeFileSync(good, GOOD);

  it('prints one JSON object for a good page', () => {
    const r = cli(good, '--url', 'https://someone.github.io/p/1/');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ isRepost: true, verdict: 'repost', original: { publisher: '某县公安在线' } });
    expect(out.chain[0]).toMatchObject({ role: 'original', name: '某县公安在线' });
    expect(out.evidence[0]).toHaveProperty('signal');
    expect(out.evidence[0]).toHaveProperty('text');
  }, 60_000);

  it('prints a human summary with --format text', () => {
    const r = cli(good, '--format', 'text');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/verdict: repost/);
    expect(r.stdout).toMatch(/某县公安在线 \[original\]/);
  }, 60_000);

  it('a missing file: one-line error, non-zero exit', () => {
    const r = cli(join(dir, 'nope.html'));
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not found/);
  }, 60_000);

  it('binary and empty files are rejected', () => {
    const bin = join(dir, 'image.html');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '');
    expect(cli(bin).stderr).toMatch(/binary/);
    expect(cli(empty).code).not.toBe(0);
    expect(cli(empty).stderr).toMatch(/empty/);
  }, 60_000);

  it('a folder with one bad file still reports the others', () => {
    const folder = mkdtempSync(join(tmpdir(), 'analyze-folder-'));
    writeFileSync(join(folder, 'a.html'), GOOD);
    writeFileSync(join(folder, 'b.txt'), 'just some words, no markup at all');
    const r = cli(folder);
    expect(r.code).not.toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ file: 'a.html', isRepost: true });
    expect(r.stderr).toMatch(/b\.txt: not HTML/);
  }, 60_000);
});
