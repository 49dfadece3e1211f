import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyseDocumentReport } from '../core/analyse-report';
import { composeResult, formatText, type CliResult } from './compose-result';
import { parseHtml } from './parse-html';
import { readHtmlFile } from './read-html-file';

/**
 * `npm run --silent analyze -- <file.html|folder> [--url <page URL>] [--format json|text]`
 * Prints one JSON object for a file, an array for a folder (each with "file"). Bad input gives a
 * one-line error on stderr and a non-zero exit; in a folder the other files are still reported.
 */

type Options = { target?: string; url?: string; format: 'json' | 'text' };

function parseArgs(argv: string[]): Options {
  const opts: Options = { format: 'json' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--url') opts.url = argv[++i];
    else if (a.startsWith('--url=')) opts.url = a.slice(6);
    else if (a === '--format') opts.format = argv[++i] === 'text' ? 'text' : 'json';
    else if (a.startsWith('--format=')) opts.format = a.slice(9) === 'text' ? 'text' : 'json';
    else if (!opts.target) opts.target = a;
  }
  return opts;
}

/** Without --url, a neutral address that is never any real site (so no signal is self-matched). */
function defaultUrl(file: string): string {
  return `https://unknown.invalid/${encodeURIComponent(basename(file))}`;
}

/** Analyses one file; throws a one-line Error on bad input. */
export async function analyzeFile(file: string, url: string | undefined, label?: string): Promise<CliResult> {
  const html = readHtmlFile(file);
  const pageUrl = url ?? defaultUrl(file);
  const { document, close } = parseHtml(html, pageUrl);
  try {
    // The extension's own composition (one reading shared by analysis, article key and figures).
    return composeResult(analyseDocumentReport(document, pageUrl), label);
  } finally {
    await close();
  }
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.target) {
    process.stderr.write('usage: analyze <file.html|folder> [--url <page URL>] [--format json|text]\n');
    return 2;
  }
  let isDir = false;
  try {
    isDir = statSync(opts.target).isDirectory();
  } catch {
    // Reported as "file not found" by readHtmlFile below.
  }
  const print = (value: CliResult | CliResult[]): void => {
    if (opts.format === 'text') {
      const list = Array.isArray(value) ? value : [value];
      process.stdout.write(list.map(formatText).join('\n\n') + '\n');
    } else {
      process.stdout.write(JSON.stringify(value, null, 2) + '\n');
    }
  };
  if (!isDir) {
    try {
      print(await analyzeFile(opts.target, opts.url));
      return 0;
    } catch (error) {
      process.stderr.write(`analyze: ${opts.target}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const files = readdirSync(opts.target).filter((f) => !f.startsWith('.')).sort();
  const results: CliResult[] = [];
  let failed = 0;
  for (const f of files) {
    const path = join(opts.target, f);
    try {
      if (!statSync(path).isFile()) continue;
      results.push(await analyzeFile(path, opts.url, f));
    } catch (error) {
      failed++;
      process.stderr.write(`analyze: ${path}: ${(error as Error).message}\n`);
    }
  }
  print(results);
  return failed > 0 || results.length === 0 ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
