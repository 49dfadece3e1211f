/**
 * A minimal Chrome DevTools Protocol client over `ws`: commands with optional flat sessions,
 * and events. Used for what Playwright cannot reach: the real side panel target (not listed in
 * `context.pages()`) and the extension's console errors in every context.
 */
import WebSocket from 'ws';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; method: string };
export type CdpEvent = { method: string; params: Record<string, unknown>; sessionId?: string };

export class CdpConnection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: CdpEvent) => void>();
  private closed = false;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        if (msg.error) p.reject(new Error(`CDP ${p.method}: ${msg.error.message}`));
        else p.resolve(msg.result);
      } else if (msg.method) {
        const event: CdpEvent = { method: msg.method, params: msg.params ?? {}, ...(msg.sessionId ? { sessionId: msg.sessionId } : {}) };
        for (const l of this.listeners) l(event);
      }
    });
    ws.on('close', () => {
      this.closed = true;
      for (const p of this.pending.values()) p.reject(new Error(`CDP connection closed during ${p.method}`));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<CdpConnection> {
    const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
    await new Promise<void>((ok, fail) => {
      ws.once('open', () => ok());
      ws.once('error', fail);
    });
    return new CdpConnection(ws);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string, timeoutMs = 30_000): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`CDP connection closed (${method})`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`CDP ${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  on(listener: (event: CdpEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    if (!this.closed) this.ws.close();
    this.closed = true;
  }
}

export type RemoteObjectResult = {
  result: { type: string; value?: unknown; description?: string; subtype?: string };
  exceptionDetails?: { text: string; exception?: { description?: string } };
};

/** Runtime.evaluate with awaitPromise/returnByValue; throws the page's exception as an Error. */
export async function cdpEvaluate<T>(conn: CdpConnection, expression: string, sessionId?: string): Promise<T> {
  const r = await conn.send<RemoteObjectResult>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true, userGesture: true }, sessionId);
  if (r.exceptionDetails) throw new Error(`evaluate failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as T;
}

export type CdpTargetInfo = { id: string; type: string; url: string; title: string; webSocketDebuggerUrl?: string };

/** GET /json/list of a browser started with --remote-debugging-port. */
export async function listTargets(httpOrigin: string): Promise<CdpTargetInfo[]> {
  const res = await fetch(`${httpOrigin}/json/list`);
  if (!res.ok) throw new Error(`/json/list: HTTP ${res.status}`);
  return (await res.json()) as CdpTargetInfo[];
}
