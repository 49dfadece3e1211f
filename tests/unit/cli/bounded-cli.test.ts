/**
 * The CLI is bounded on hostile input: a 100,000-node page (222 s before), 5,000-deep nesting
 * (crashed before) and page text full of terminal control sequences.
 * (Its speed target, < 10 s on 2 cores, is measured by the bench; here only a loose limit.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText, terminalSafe, type CliResult } from '../../../src/cli/compose-result';

const root = resolve(__dirname, '..', '..', '..');
function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'cli', 'analyze.ts'), ...args], { encoding: 'utf8', timeout: 170_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'bounded-cli-'));

/** A log viewer of `nodes` elements: rows of a div and four spans. */
export function hugePage(nodes: number): string {
  const rows: string[] = [];
  for (let i = 0; i < nodes / 5; i++) rows.push(`<div class="row"><span>${i}</span><span>2026-11-28</span><span>GET /api/v1/items/${i}</span><span>200</span></div>`);
  return `<!doctype html><html><head><title>Logs</title></head><body><div id="grid">${rows.join('')}</div></body></html>`;
}

describe('bounded CLI', () => {
  it('5,000-deep nesting exits 0 with JSON', () => {
    const file = join(dir, 'deep.html');
    writeFileSync(file, `<!doctype html><html><body>${'<div>'.repeat(5_000)}<p>Deep inside the page there is a sentence of text.</p>${'</div>'.repeat(5_000)}</body></html>`);
    const r = cli(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('verdict');
  }, 180_000);

  it('a 100,000-node page exits 0 with JSON', () => {
    const file = join(dir, 'huge.html');
    writeFileSync(file, hugePage(100_000));
    const r = cli(file);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('verdict');
  }, 180_000);

  it('text output carries no terminal control characters from the page', () => {
    const file = join(dir, 'ctrl.html');
    writeFileSync(file, '<!doctype html><html><head><title>T\u001b]0;pwned\u0007</title><meta property="og:site_name" content="Bad\u001b[31mSite\u009b2J"></head><body>'
      + '<p>（本文转载于【某县公安在线\u001b[8m】，经【某某\u202e融媒】编辑）近年来，本地多部门联合开展专项行动，取得了明显成效，群众满意度持续提升，相关工作将继续推进。</p></body></html>');
    const r = cli(file, '--format', 'text');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/verdict:/);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }, 180_000);

  it('formatText cleans every page-derived field, terminalSafe keeps ordinary text', () => {
    const evil = 'a\u001b[2Jb\rc\u0007d\u202ee';
    const text = formatText({ verdict: 'repost', confidence: 1, isRepost: true, original: { publisher: evil, title: evil }, chain: [{ role: 'original', name: evil }], evidence: [{ signal: 's', strength: 'A', text: evil }], problems: [evil] } as unknown as CliResult);
    expect(text).not.toMatch(/[\u001b\r\u0007\u202e]/);
    expect(terminalSafe('商城公安在线 12.1% ok')).toBe('商城公安在线 12.1% ok');
  });
});
