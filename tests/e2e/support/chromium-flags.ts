/**
 * Flags that keep Debian's Chromium off the network and quiet on this offline machine (without
 * them it keeps trying Google's hosts). Only 127.0.0.1 resolves, so pages under test (e.g. the
 * seed article's remote images) cannot reach out. Shared by the e2e harness and the bench.
 */
export const OFFLINE_CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
