import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { VerdictCard } from '../../../src/sidepanel/components/VerdictCard';
import { ChainList } from '../../../src/sidepanel/components/ChainList';
import type { PageAnalysis } from '../../../src/core/analysis/types';
import { makeTranslate } from '../../../src/ui/i18n/translate';

const analysis: PageAnalysis = {
  schema: 1, url: 'https://mirror.example.org/p/1', verdict: 'repost', isRepost: true, kind: 'mirror', confidence: 0.92,
  original: { publisher: '商城公安在线', url: 'https://origin.example.com/a/1', title: '原来的标题' },
  chain: [
    { role: 'original', name: '商城公安在线', url: 'https://origin.example.com/a/1', evidence: ['e1'] },
    { role: 'editor', name: '凯升融媒', evidence: ['e1'] },
    { role: 'platform', name: '趣头条', url: 'javascript:alert(1)', evidence: [] },
    { role: 'this-site', name: 'Mirror', url: 'https://mirror.example.org/', evidence: [] },
  ],
  evidence: [], site: { name: 'Mirror' }, problems: [],
};

async function mount(node: preact.ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  await act(() => render(node, root));
  return root;
}

describe('VerdictCard', () => {
  it('says Repost with the kind, the confidence in words and the original source', async () => {
    const root = await mount(<VerdictCard analysis={analysis} t={makeTranslate('en')} />);
    expect(root.textContent).toContain('Repost');
    expect(root.textContent).toContain('mirror or scrape');
    expect(root.textContent).toContain('high confidence');
    const link = root.querySelector('[data-testid=original] a') as HTMLAnchorElement;
    expect(link.textContent).toBe('商城公安在线');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
  });

  it('speaks Simplified Chinese when asked', async () => {
    const root = await mount(<VerdictCard analysis={{ ...analysis, confidence: 0.3 }} t={makeTranslate('zh-CN')} />);
    expect(root.textContent).toContain('转载');
    expect(root.textContent).toContain('可信度低');
    expect(root.textContent).toContain('原标题');
  });

  it("says Can't tell for an unknown verdict", async () => {
    const root = await mount(<VerdictCard analysis={{ ...analysis, verdict: 'unknown', isRepost: false }} t={makeTranslate('en')} />);
    expect(root.textContent).toContain("Can't tell");
  });
});

describe('ChainList', () => {
  it('lists the hops from the original, linking only http(s) URLs', async () => {
    const root = await mount(<ChainList chain={analysis.chain} t={makeTranslate('en')} />);
    const hops = [...root.querySelectorAll('li')];
    expect(hops.map((li) => li.getAttribute('data-role'))).toEqual(['original', 'editor', 'platform', 'this-site']);
    expect(hops[0]?.querySelector('a')?.getAttribute('href')).toBe('https://origin.example.com/a/1');
    expect(hops[2]?.querySelector('a')).toBeNull();
    expect(hops[2]?.textContent).toContain('趣头条');
  });
});

describe('page text in the panel', () => {
  it('shows the original\'s date on the original hop, and isolates page text for bidi', async () => {
    const root = await mount(<ChainList chain={[{ role: 'original', name: '\u202Eevil\u202C 商城公安在线', evidence: [] }]} t={makeTranslate('en')} originalDate="2022-03-02" />);
    expect(root.querySelector('[data-testid=original-date]')?.textContent).toContain('2022-03-02');
    const name = root.querySelector('.hop-name bdi');
    expect(name?.textContent).toBe('\u202Eevil\u202C 商城公安在线');
  });

  it('renders markup in page text as text, never as elements', async () => {
    const hostile: PageAnalysis = { ...analysis, original: { publisher: '<img src=x onerror=alert(1)>' } };
    const root = await mount(<VerdictCard analysis={hostile} t={makeTranslate('en')} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('[data-testid=verdict-why]')?.textContent).toContain('point to <img src=x onerror=alert(1)>');
  });
});
