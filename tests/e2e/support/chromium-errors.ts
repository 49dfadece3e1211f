/**
 * Collects the extension's errors in Chromium over one browser-level CDP connection: auto-attaches
 * to every target and records console.error, uncaught exceptions / rejections and Log errors
 * from the extension's own targets (service worker, popup, side panel, extension tabs), plus
 * those from web pages whose stack points into the extension (the content script).
 */
import type { CdpConnection, CdpEvent } from './cdp';

type TargetInfo = { targetId: string; type: string; url: string };
type StackTrace = { callFrames?: Array<{ url: string; lineNumber: number; columnNumber: number }> };

export class ChromiumErrorCollector {
  readonly errors: string[] = [];
  private readonly sessions = new Map<string, TargetInfo>();
  private readonly off: () => void;

  constructor(private readonly conn: CdpConnection, private readonly extensionOrigin: () => string) {
    this.off = conn.on((e) => this.onEvent(e));
  }

  async start(): Promise<void> {
    await this.conn.send('Target.setDiscoverTargets', { discover: true });
    await this.conn.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true });
  }

  stop(): void {
    this.off();
  }

  private isExtensionUrl(url: string | undefined): boolean {
    const origin = this.extensionOrigin();
    return Boolean(url && origin && url.startsWith(origin));
  }

  private stackMentionsExtension(stack: StackTrace | undefined, url?: string): boolean {
    return this.isExtensionUrl(url) || Boolean(stack?.callFrames?.some((f) => this.isExtensionUrl(f.url)));
  }

  private record(target: TargetInfo | undefined, kind: string, text: string, where?: string): void {
    const origin = this.extensionOrigin();
    const label = target ? `${target.type} ${target.url.replace(origin, '')}` : 'unknown target';
    this.errors.push(`[${label}] ${kind}: ${text}${where ? ` (${where.replace(origin, '')})` : ''}`);
  }

  private onEvent(e: CdpEvent): void {
    if (e.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo } = e.params as { sessionId: string; targetInfo: TargetInfo };
      // One session per target: other sessions (e.g. the side panel handle's own) would repeat every event.
      if ([...this.sessions.values()].some((t) => t.targetId === targetInfo.targetId)) return;
      this.sessions.set(sessionId, targetInfo);
      // Nested auto-attach for workers started by pages; Runtime/Log replay what was already logged.
      for (const [method, params] of [
        ['Runtime.enable', {}],
        ['Log.enable', {}],
        ['Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }],
      ] as const) {
        this.conn.send(method, params, sessionId).catch(() => {});
      }
      return;
    }
    if (e.method === 'Target.targetInfoChanged') {
      const info = (e.params as { targetInfo: TargetInfo }).targetInfo;
      for (const [sid, t] of this.sessions) if (t.targetId === info.targetId) this.sessions.set(sid, info);
      return;
    }
    if (e.method === 'Target.detachedFromTarget') {
      this.sessions.delete((e.params as { sessionId: string }).sessionId);
      return;
    }
    if (!e.sessionId) return;
    const target = this.sessions.get(e.sessionId);
    const extensionTarget = this.isExtensionUrl(target?.url);
    if (e.method === 'Runtime.consoleAPICalled') {
      const p = e.params as { type: string; args: Array<{ value?: unknown; description?: string }>; stackTrace?: StackTrace };
      if (p.type !== 'error' && p.type !== 'assert') return;
      if (!extensionTarget && !this.stackMentionsExtension(p.stackTrace)) return;
      const text = p.args.map((a) => (a.value !== undefined ? String(a.value) : a.description ?? '')).join(' ');
      const top = p.stackTrace?.callFrames?.[0];
      this.record(target, `console.${p.type}`, text, top ? `${top.url}:${top.lineNumber + 1}` : undefined);
    } else if (e.method === 'Runtime.exceptionThrown') {
      const d = (e.params as { exceptionDetails: { text: string; url?: string; stackTrace?: StackTrace; exception?: { description?: string } } }).exceptionDetails;
      if (!extensionTarget && !this.stackMentionsExtension(d.stackTrace, d.url)) return;
      this.record(target, 'uncaught', `${d.text} ${d.exception?.description ?? ''}`.trim(), d.url);
    } else if (e.method === 'Log.entryAdded') {
      const entry = (e.params as { entry: { level: string; text: string; url?: string; source: string } }).entry;
      if (entry.level !== 'error') return;
      if (!extensionTarget && !this.isExtensionUrl(entry.url)) return;
      this.record(target, `log.${entry.source}`, entry.text, entry.url);
    }
  }
}
