import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * After the build, prints the raw and gzip size of the page loader (declared for every page: paid
 * everywhere) and of the content bundle the background injects where it is needed.
 */
export function reportContentScriptSize(outDir: string): Plugin {
  return {
    name: 'repost-lens:report-content-script-size',
    apply: 'build',
    closeBundle() {
      for (const [what, dir] of [['page loader', 'loader'], ['content bundle', 'content']] as const) {
        for (const file of findFiles(join(outDir, 'src', dir))) {
          const bytes = readFileSync(file);
          const gz = gzipSync(bytes, { level: 9 }).length;
          console.log(`${what} ${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip`);
        }
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
