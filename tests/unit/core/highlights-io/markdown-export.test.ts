import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../../../src/core/highlights-io/markdown-export';
import { makeHighlight } from './fixtures';

describe('exportMarkdown', () => {
  it('writes title, attribution, quotes as blockquotes, notes and links back', () => {
    const h1 = makeHighlight(1, { note: 'Check this *claim*\nagainst the report', selectors: { ...makeHighlight(1).selectors, quote: { ...makeHighlight(1).selectors.quote, exact: 'first paragraph end\nsecond [paragraph] start' } } });
    const h2 = makeHighlight(2, { article: { ...makeHighlight(1).article } });
    const md = exportMarkdown('Night trains # return', [h1, h2], { publisher: 'IT之家', url: 'https://www.ithome.com/0/1.htm' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Night trains \\# return');
    expect(md).toContain('Originally published by [IT之家](https://www.ithome.com/0/1.htm) · read at <https://news.example.com/story/1>');
    expect(md).toContain('> first paragraph end\n> second \\[paragraph\\] start');
    expect(md).toContain('Check this \\*claim\\*\nagainst the report');
    expect(md).toContain('[Open at this passage](https://news.example.com/story/1#:~:text=first%20paragraph%20end,second%20%5Bparagraph%5D%20start)');
    expect(md).toContain('> quoted text 2');
  });

  it('falls back to a source line without attribution', () => {
    expect(exportMarkdown('', [makeHighlight(3)])).toMatch(/^# Untitled\n\nSource: <https:\/\/news\.example\.com\/story\/3>/);
  });
});
