/**
 * A static server on 127.0.0.1 for the bench: generated pages and the bundle from memory, corpus
 * pages from disk under /corpus/. Every response is cross-origin isolated (COOP + COEP), which
 * gives pages 5 µs `performance.now()` resolution instead of 100 µs.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export type BenchServer = { origin: string; set(path: string, body: string, type?: string): void; close(): Promise<void> };

export async function startServer(corpusRoot: string): Promise<BenchServer> {
  const routes = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const headers = {
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cache-control': 'no-store',
      };
      const route = routes.get(path);
      if (route) {
        res.writeHead(200, { ...headers, 'content-type': route.type });
        res.end(route.body);
        return;
      }
      if (path.startsWith('/corpus/')) {
        const rel = normalize(path.slice('/corpus/'.length));
        if (!rel.startsWith('..')) {
          try {
            const body = await readFile(join(corpusRoot, rel));
            // Served as data for DOMParser; never executed.
            res.writeHead(200, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': "script-src 'none'" });
            res.end(body);
            return;
          } catch { /* fall through to 404 */ }
        }
      }
      res.writeHead(404, headers);
      res.end('not found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set(path, body, type = 'text/html; charset=utf-8') { routes.set(path, { body, type }); },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
