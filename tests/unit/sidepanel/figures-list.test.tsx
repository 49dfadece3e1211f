import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FiguresList, figureCopyText } from '../../../src/sidepanel/components/FiguresList';
import type { KeyFigure } from '../../../src/core/figures/types';
import { makeTranslate } from '../../../src/ui/i18n/translate';

function figure(over: Partial<KeyFigure> & { id: string; text: string }): KeyFigure {
  return {
    value: 0.121, unit: '%', kind: 'percent', direction: 'down', approx: false, label: '立案数',
    sentence: '全县电信网络诈骗案件立案数同比下降12.1%。', salience: 10,
    location: { kind: 'text', start: 10, end: 15 }, ...over,
  };
}

describe('FiguresList', () => {
  const t = makeTranslate('en');
  const figures = Array.from({ length: 12 }, (_, i) => figure({ id: `f${i}`, text: `${i + 1}%`, label: `label ${i}` }));

  it('copies "label value (sentence)"', () => {
    expect(figureCopyText(figures[0] as KeyFigure)).toBe('label 0 1% (全县电信网络诈骗案件立案数同比下降12.1%。)');
  });

  it('shows the top N with the direction and the sentence on hover, the rest behind "show all"', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onShow = vi.fn();
    await act(() => render(<FiguresList figures={figures} top={8} t={t} onShow={onShow} />, root));
    const items = () => root.querySelectorAll('li.figure');
    expect(items()).toHaveLength(8);
    const first = root.querySelector('button.figure-main') as HTMLButtonElement;
    expect(first.title).toBe(figures[0]?.sentence);
    // Keyboards and screen readers get the sentence too: the button is described by it (shown on focus).
    const described = root.querySelector(`#${first.getAttribute('aria-describedby')}`);
    expect(described?.textContent).toBe(figures[0]?.sentence);
    expect(first.querySelector('.arrow-down')).not.toBeNull();
    const showAll = root.querySelector('button.link') as HTMLButtonElement;
    expect(showAll.textContent).toBe('Show all (12)');
    await act(() => showAll.click());
    expect(items()).toHaveLength(12);
    await act(() => first.click());
    expect(onShow).toHaveBeenCalledWith(figures[0]?.location, '1%');
    render(null, root);
  });

  it('renders page text as text, never as markup', async () => {
    const root = document.createElement('div');
    const hostile = figure({ id: 'x', text: '<img src=x onerror=alert(1)>', label: '<b>bold</b>' });
    await act(() => render(<FiguresList figures={[hostile]} top={8} t={t} onShow={() => {}} />, root));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.figure-label')?.textContent).toBe('<b>bold</b>');
  });
});
