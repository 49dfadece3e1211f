import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../helpers/load-html';
import { buildTextIndex, rangeFromOffsets, offsetOfTextPosition } from '../../../../src/core/text/text-index';

function docOf(html: string): Document {
  return loadHtml(html);
}

describe('buildTextIndex', () => {
  it('separates blocks and <br> with a newline but keeps inline text together', () => {
    const doc = docOf('<body><p>增长<b>12.1</b>%</p><p>2023</p>a<br>b<script>var x=1</script></body>');
    expect(buildTextIndex(doc.body).text).toBe('增长12.1%\n2023\na\nb');
  });

  it('maps offsets back to a DOM range that spans element boundaries', () => {
    const doc = docOf('<body><p>抓获犯罪嫌疑人<strong>718</strong>名。</p></body>');
    const index = buildTextIndex(doc.body);
    const start = index.text.indexOf('718');
    const range = rangeFromOffsets(index, start, start + 4);
    expect(range?.toString()).toBe('718名');
  });

  it('snaps an offset on a block separator to the next text', () => {
    const doc = docOf('<body><p>one</p><p>two</p></body>');
    const index = buildTextIndex(doc.body);
    expect(rangeFromOffsets(index, 3, 7)?.toString()).toBe('two');
  });

  it('finds the offset of a DOM position', () => {
    const doc = docOf('<body><p>one</p><p>two</p></body>');
    const index = buildTextIndex(doc.body);
    const two = doc.querySelectorAll('p')[1]?.firstChild as Text;
    expect(offsetOfTextPosition(index, two, 1)).toBe(5);
  });

  it('handles very deep nesting without recursion', () => {
    const doc = docOf('<body></body>');
    let parent: Element = doc.body;
    for (let i = 0; i < 1_000; i++) {
      const child = doc.createElement('span');
      parent.appendChild(child);
      parent = child;
    }
    parent.textContent = 'deep';
    expect(buildTextIndex(doc.body).text).toBe('deep');
  });
});
