import { activeFilters, parseSearchParams, safeHighlight, searchInput, toSearchParams } from './search-params';

describe('search page state', () => {
  it('round-trips through the address and builds the API input', () => {
    const params = new URLSearchParams('q=samenwerkingsrelatie&type=CASE&type=KNOWLEDGE_ITEM&level=3&level=9&year=2026&qualification=B2');
    const state = parseSearchParams(params);
    expect(state).toMatchObject({ q: 'samenwerkingsrelatie', type: ['CASE', 'KNOWLEDGE_ITEM'], level: ['3'], year: '2026', qualification: ['B2'] });
    expect(activeFilters(state)).toBe(5);
    expect(toSearchParams(state).toString()).toBe('q=samenwerkingsrelatie&type=CASE&type=KNOWLEDGE_ITEM&qualification=B2&level=3&year=2026');
    expect(searchInput(state, 20)).toMatchObject({ text: 'samenwerkingsrelatie', levels: [3], from: '2026-01-01', to: '2026-12-31', communityIds: null, first: 20, offset: 0 });
  });

  it('lets only <mark> through as markup', () => {
    expect(safeHighlight('<mark>relatie</mark> <img src=x onerror=alert(1)> &#60;b&#62;')).toBe('<mark>relatie</mark> &lt;img src=x onerror=alert(1)> &#60;b&#62;');
  });
});
