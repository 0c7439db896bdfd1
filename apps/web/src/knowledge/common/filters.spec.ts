import { activeFilterCount, knowledgeFilterSearch, knowledgeListHref, knowledgeListVariables, NO_KNOWLEDGE_FILTERS, parseKnowledgeFilters, SITE_WIDE } from './filters';

describe('knowledge filters in the address', () => {
  it('reads the map link /kennisbank?qualification=B2&level=3', () => {
    const values = parseKnowledgeFilters(new URLSearchParams('qualification=B2&level=3'));
    expect(values).toEqual({ ...NO_KNOWLEDGE_FILTERS, qualification: 'B2', level: '3' });
    expect(knowledgeListVariables(values)).toEqual({ qualification: 'B2', level: 3 });
  });

  it('drops values that cannot be right and normalises case', () => {
    const values = parseKnowledgeFilters(new URLSearchParams('qualification=b10&level=7&type=research_finding&theory=nonsense&community=abc&form=one_to_one'));
    expect(values).toEqual({ ...NO_KNOWLEDGE_FILTERS, type: 'RESEARCH_FINDING', form: 'ONE_TO_ONE' });
  });

  it('turns the general knowledge base and a community into the right query arguments', () => {
    const id = '3f1c2b9e-8d4a-4c1e-9f0a-1b2c3d4e5f60';
    expect(knowledgeListVariables({ ...NO_KNOWLEDGE_FILTERS, community: SITE_WIDE })).toEqual({ siteWide: true });
    expect(knowledgeListVariables(parseKnowledgeFilters(new URLSearchParams(`community=${id}`)))).toEqual({ communityId: id });
    expect(knowledgeListVariables({ ...NO_KNOWLEDGE_FILTERS, tag: '  Alliantie ', theory: 'EMPOWERMENT', research: 'TASK_ALLIANCE' })).toEqual({
      tag: 'alliantie',
      theoryTheme: 'EMPOWERMENT',
      researchTheme: 'TASK_ALLIANCE',
    });
  });

  it('writes only the filters in use, in a fixed order, and round-trips', () => {
    const values = { ...NO_KNOWLEDGE_FILTERS, level: '3', qualification: 'B2', tag: 'samen beslissen' };
    expect(knowledgeFilterSearch(values)).toBe('?qualification=B2&level=3&tag=samen+beslissen');
    expect(parseKnowledgeFilters(new URLSearchParams(knowledgeFilterSearch(values)))).toEqual(values);
    expect(knowledgeFilterSearch(NO_KNOWLEDGE_FILTERS)).toBe('');
    expect(knowledgeListHref({ qualification: 'B2', level: '3' })).toBe('/kennisbank?qualification=B2&level=3');
  });

  it('counts the filters that are on', () => {
    expect(activeFilterCount(NO_KNOWLEDGE_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_KNOWLEDGE_FILTERS, type: 'METHOD', level: '1' })).toBe(2);
  });
});
