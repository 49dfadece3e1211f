import { beforeEach, describe, expect, it } from 'vitest';
import { getSearchIndex, indexPut, resetSearchIndex, searchIndex } from '../../../src/storage/search-index';
import { makeHighlight } from '../../helpers/highlight-factory';

beforeEach(() => resetSearchIndex());

describe('search index', () => {
  it('reads the store again when a write lands while it is being built', async () => {
    const store = [makeHighlight({ id: 'a', note: 'alpha' })];
    let release: () => void = () => {};
    let reads = 0;
    const loadAll = async () => {
      reads++;
      const snapshot = [...store];
      if (reads === 1) await new Promise<void>((resolve) => { release = resolve; });
      return snapshot;
    };
    const pending = getSearchIndex(loadAll);
    const late = makeHighlight({ id: 'b', note: 'alpha late' });
    store.push(late);
    indexPut(late);
    release();
    const index = await pending;
    expect(reads).toBe(2);
    expect(searchIndex(index, { needle: 'alpha' }, 10).sort()).toEqual(['a', 'b']);
  });

  it('shares one build between concurrent callers', async () => {
    let reads = 0;
    const loadAll = async () => { reads++; return [makeHighlight({ id: 'x' })]; };
    const [a, b] = await Promise.all([getSearchIndex(loadAll), getSearchIndex(loadAll)]);
    expect(a).toBe(b);
    expect(reads).toBe(1);
  });
});
