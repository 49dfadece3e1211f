/**
 * A static HTTP server for e2e tests, bound to 127.0.0.1 only, on a random port. Several
 * instances are several origins. A test can register dynamic responses (`route`) that take
 * precedence over the folder, e.g. to serve an edited version of a page at the same URL.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

export type StaticResponse = { body: string | Buffer; status?: number; type?: string; headers?: Record<string, string> };
export type RouteHandler = StaticResponse | ((req: IncomingMessage) => StaticResponse | Promise<StaticResponse>);

export type TestServer = {
  /** e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  readonly port: number;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Serves `handler` at `path` (exact pathname match, query ignored) until `unroute`/`close`. */
  route(path: string, handler: RouteHandler): void;
  unroute(path: string): void;
  /** Pathnames requested so far (for assertions such as "the page was fetched again"). */
  readonly requests: readonly string[];
  close(): Promise<void>;
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts a server for `root` (a folder; may be omitted for a routes-only server). */
export async function startServer(options: { root?: string } = {}): Promise<TestServer> {
  const root = options.root ? resolve(options.root) : undefined;
  const routes = new Map<string, RouteHandler>();
  const requests: string[] = [];

  const send = (res: ServerResponse, r: StaticResponse): void => {
    res.writeHead(r.status ?? 200, {
      'content-type': r.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...r.headers,
    });
    res.end(r.body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(pathname);
    const routed = routes.get(pathname);
    if (routed) return send(res, typeof routed === 'function' ? await routed(req) : routed);
    if (pathname === '/favicon.ico') return send(res, { status: 204, body: '' });
    if (!root) return send(res, { status: 404, body: 'not found', type: 'text/plain' });
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (file !== root && !file.startsWith(root + sep)) return send(res, { status: 403, body: 'forbidden', type: 'text/plain' });
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      send(res, { body: await readFile(file), type: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' });
    } catch {
      send(res, { status: 404, body: 'not found', type: 'text/plain' });
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, { status: 500, body: String(error), type: 'text/plain' }));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => new URL(path, origin).href,
    route: (path, handler) => void routes.set(path, handler),
    unroute: (path) => void routes.delete(path),
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
