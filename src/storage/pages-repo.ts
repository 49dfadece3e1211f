/** The last analysis report of each page, so the side panel can show it for any tab. */
import type { PageReport } from '../messaging/protocol';
import { getDb } from './open-db';
import type { PageRecord } from './schema';

export async function putPage(report: PageReport, now = Date.now()): Promise<PageRecord> {
  const record: PageRecord = { url: report.url, report, updated: now };
  await (await getDb()).put('pages', record);
  return record;
}

export async function getPage(url: string): Promise<PageRecord | undefined> {
  return (await getDb()).get('pages', url);
}
