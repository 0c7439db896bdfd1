import { formatDiffValue, showChanges, type DiffContext } from './knowledge-diff';

const ctx: DiffContext = {
  language: 'nl',
  levelLabel: (n) => `Niveau ${n}`,
  formName: (code) => ({ ONE_TO_ONE: 'Eén-op-één' })[code] ?? code,
  researchThemeName: (code) => ({ TASK_ALLIANCE: 'De taakalliantie' })[code] ?? code,
  findingLabels: { studyDesign: 'Onderzoeksopzet', sample: 'Steekproef', practiceImplications: 'Voor de praktijk' },
  linkedCount: (n) => `${n} gekoppeld`,
};

describe('knowledge diff', () => {
  it('shows enums by their Dutch label and lists by name', () => {
    expect(formatDiffValue('type', 'RESEARCH_FINDING', ctx)).toBe('Onderzoeksbevinding');
    expect(formatDiffValue('evidenceLevel', 'PROMISING', ctx)).toBe('Veelbelovend');
    expect(formatDiffValue('levels', '[3,4]', ctx)).toBe('Niveau 3, Niveau 4');
    expect(formatDiffValue('collaborationForms', '["ONE_TO_ONE"]', ctx)).toBe('Eén-op-één');
    expect(formatDiffValue('researchThemes', '["TASK_ALLIANCE"]', ctx)).toBe('De taakalliantie');
    expect(formatDiffValue('theoryThemes', '["EMPOWERMENT","SYSTEMS_THEORY"]', ctx)).toBe('Empowerment, Systeemtheorie');
    expect(formatDiffValue('tags', '["alliantie"]', ctx)).toBe('#alliantie');
    expect(formatDiffValue('qualifications', '["B2","B3"]', ctx)).toBe('B2, B3');
    expect(formatDiffValue('instrumentIds', '["a","b"]', ctx)).toBe('2 gekoppeld');
    expect(formatDiffValue('type', 'RESEARCH_FINDING', { ...ctx, language: 'en' })).toBe('Research finding');
  });

  it('shows an empty side as null (an empty list too)', () => {
    expect(formatDiffValue('summary', null, ctx)).toBeNull();
    expect(formatDiffValue('levels', '[]', ctx)).toBeNull();
    expect(formatDiffValue('citation', 'null', ctx)).toBeNull();
  });

  it('formats the citation as a reference and the finding by section', () => {
    const citation = JSON.stringify({ authors: ['Bordin, E. S.'], year: 1979, title: 'The working alliance', container: null, volume: null, issue: null, pages: null, doi: '10.1037/h0085885', url: null });
    expect(formatDiffValue('citation', citation, ctx)).toBe('Bordin, E. S. (1979). The working alliance. https://doi.org/10.1037/h0085885');
    const finding = JSON.stringify({ studyDesign: 'Meta-analyse', sample: '', practiceImplications: 'Bespreek doelen samen.' });
    expect(formatDiffValue('finding', finding, ctx)).toBe('Onderzoeksopzet: Meta-analyse\nVoor de praktijk: Bespreek doelen samen.');
  });

  it('lists changes in form order, unknown fields last', () => {
    const shown = showChanges(
      [
        { field: 'levels', before: '[3]', after: '[3,4]' },
        { field: 'somethingNew', before: 'a', after: 'b' },
        { field: 'title', before: 'Oud', after: 'Nieuw' },
      ],
      ctx,
    );
    expect(shown).toEqual([
      { field: 'title', before: 'Oud', after: 'Nieuw' },
      { field: 'levels', before: 'Niveau 3', after: 'Niveau 3, Niveau 4' },
      { field: 'somethingNew', before: 'a', after: 'b' },
    ]);
  });
});
