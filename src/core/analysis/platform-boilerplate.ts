import type { Finding } from './finding';
import { PLATFORMS } from './platform-table';
import { hostMatches } from './registrable-domain';
import type { SiteIdentity } from './site-identity';

/**
 * Platform disclaimers (百家号, 网易号, 搜狐号, 头条号…, from platforms.json) found off-platform:
 * the text went through that platform before reaching this page.
 */
export function findPlatformBoilerplate(text: string, site: SiteIdentity): Finding[] {
  const out: Finding[] = [];
  for (const entry of PLATFORMS) {
    if (!entry.boilerplate?.length || entry.domains.some((d) => site.host && hostMatches(site.host, d))) continue;
    for (const phrase of entry.boilerplate) {
      const start = text.indexOf(phrase);
      if (start < 0) continue;
      out.push({
        signal: 'platform-boilerplate', strength: 'A', text: phrase, location: { kind: 'text', start, end: start + phrase.length },
        positive: true, priority: 35, role: 'platform', name: entry.name, kind: 'aggregator',
      });
      break;
    }
  }
  return out;
}
