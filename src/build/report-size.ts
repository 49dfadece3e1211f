import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** After the build, prints the raw and gzip size of the content script: it is paid on every page. */
export function reportContentScriptSize(outDir: string): Plugin {
  return {
    name: 'repost-lens:report-content-script-size',
    apply: 'build',
    closeBundle() {
      const files = findFiles(join(outDir, 'src', 'content'));
      for (const file of files) {
        const bytes = readFileSync(file);
        const gz = gzipSync(bytes, { level: 9 }).length;
        console.log(`content script ${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip`);
      }
    },
  };
}

function findFiles(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? findFiles(path) : path.endsWith('.js') ? [path] : [];
    });
  } catch {
    return [];
  }
}
