import { SITE_WIDE } from '../common/filters';
import { changedFields, communityOf, emptyKnowledge, guardedTexts, knowledgeValidators, placeFieldErrors, valuesToContent, type KnowledgeFormValues } from './knowledge-form-values';

const t = ((key: string, params?: Record<string, unknown>) => (params ? `${key}:${JSON.stringify(params)}` : key)) as never;

function finding(): KnowledgeFormValues {
  return {
    ...emptyKnowledge({ communityId: 'c1' }),
    type: 'RESEARCH_FINDING',
    title: '  Gedeelde doelen in gezinnen  ',
    summary: 'Een samenvatting die lang genoeg is.',
    evidenceLevel: 'PROMISING',
    citation: { authors: ['Friedlander, M. L.', ' ', 'Escudero, V.'], year: '2011', title: 'Alliance in couple and family therapy', container: 'Psychotherapy', volume: '48', issue: '1', pages: '25-33', doi: ' 10.1037/a0022060 ', url: '' },
    finding: { studyDesign: 'Meta-analyse', sample: '24 studies', practiceImplications: 'Werk met het hele gezin aan gedeelde doelen.' },
    qualificationCodes: ['B2'],
    levels: ['3'],
    tags: ['gezin', ' '],
  };
}

describe('valuesToContent', () => {
  it('sends the citation trimmed, with empty parts as null and the year as a number', () => {
    const input = valuesToContent(finding());
    expect(input.title).toBe('Gedeelde doelen in gezinnen');
    expect(input.citation).toEqual({
      authors: ['Friedlander, M. L.', 'Escudero, V.'],
      year: 2011,
      title: 'Alliance in couple and family therapy',
      container: 'Psychotherapy',
      volume: '48',
      issue: '1',
      pages: '25-33',
      doi: '10.1037/a0022060',
      url: null,
    });
    expect(input.levels).toEqual([3]);
    expect(input.tags).toEqual(['gezin']);
    expect(input.finding).toEqual({ studyDesign: 'Meta-analyse', sample: '24 studies', practiceImplications: 'Werk met het hele gezin aan gedeelde doelen.' });
  });

  it('leaves out the finding for other types and the citation when switched off', () => {
    const input = valuesToContent({ ...finding(), type: 'METHOD', hasCitation: false });
    expect(input.finding).toBeNull();
    expect(input.citation).toBeNull();
  });

  it('maps the general knowledge base to no community', () => {
    expect(communityOf({ ...finding(), communityId: SITE_WIDE })).toBeNull();
    expect(communityOf(finding())).toBe('c1');
  });
});

describe('placeFieldErrors', () => {
  it('puts nested API fields on the form and keeps the rest for above the button', () => {
    expect(placeFieldErrors({ 'citation.doi': 'DOI', 'input.title': 'Titel', 'tags.2': 'Tag', 'citation.authors.0': 'Auteur', caseIds: 'Casus' })).toEqual({
      placed: { 'citation.doi': 'DOI', title: 'Titel', tags: 'Tag', 'citation.authors': 'Auteur' },
      unplaced: ['Casus'],
    });
  });
});

describe('guardedTexts', () => {
  it('checks the citation and finding only when they apply, and the change note when editing', () => {
    expect(Object.keys(guardedTexts(finding(), true))).toEqual([
      'title',
      'summary',
      'citation.title',
      'citation.container',
      'finding.studyDesign',
      'finding.sample',
      'finding.practiceImplications',
      'changeNote',
    ]);
    expect(Object.keys(guardedTexts({ ...finding(), type: 'ARTICLE', hasCitation: false }, false))).toEqual(['title', 'summary']);
  });
});

describe('knowledgeValidators', () => {
  const v = knowledgeValidators(t, { editing: true });
  it('asks for a 4-digit year and an author only when there is a citation', () => {
    const values = finding();
    expect(v.citation.year('79', values)).toBe('knowledge.form.yearInvalid');
    expect(v.citation.year('1979', values)).toBeNull();
    expect(v.citation.year('', { ...values, hasCitation: false })).toBeNull();
    expect(v.citation.authors(['', ' '], values)).toBe('knowledge.form.authorsRequired');
  });

  it('checks the finding only for a research finding with something filled in', () => {
    const values = finding();
    expect(v.finding.practiceImplications('kort', values)).toMatch(/validation.minLength/);
    const empty = { ...values, finding: { studyDesign: '', sample: '', practiceImplications: '' } };
    expect(v.finding.practiceImplications('', empty)).toBeNull();
    expect(v.finding.sample('', { ...values, type: 'ARTICLE' as const })).toBeNull();
  });

  it('needs a change note when editing', () => {
    expect(v.changeNote('ok')).toBe('knowledge.form.changeNoteRequired');
    expect(knowledgeValidators(t, { editing: false }).changeNote('')).toBeNull();
  });
});

describe('changedFields', () => {
  it('lists what I typed that differs from where the edit started', () => {
    const start = finding();
    const mine = { ...start, title: 'Een betere titel', levels: ['3', '4'], changeNote: 'Titel en niveau 4' };
    expect(changedFields(start, mine)).toEqual([
      { field: 'title', value: 'Een betere titel' },
      { field: 'levels', value: '3, 4' },
      { field: 'changeNote', value: 'Titel en niveau 4' },
    ]);
  });
});
