/**
 * The knowledge base of the living learning line (section 5.2 of the source document): items of
 * several types, linked to qualifications, levels, collaboration forms, theory themes (5.4) and
 * research-agenda themes, so the learning-line map can show what covers each cell.
 */

export const KNOWLEDGE_TYPES = ['RESEARCH_FINDING', 'ARTICLE', 'METHOD', 'INSTRUMENT_REFERENCE', 'PRACTICE_EXAMPLE', 'LESSON_LEARNED'] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number];

export const KNOWLEDGE_TYPE_LABELS: Record<KnowledgeType, { nl: string; en: string }> = {
  RESEARCH_FINDING: { nl: 'Onderzoeksbevinding', en: 'Research finding' },
  ARTICLE: { nl: 'Artikel', en: 'Article' },
  METHOD: { nl: 'Methode', en: 'Method' },
  INSTRUMENT_REFERENCE: { nl: 'Instrument (verwijzing)', en: 'Instrument (reference)' },
  PRACTICE_EXAMPLE: { nl: 'Praktijkvoorbeeld', en: 'Practice example' },
  LESSON_LEARNED: { nl: 'Geleerde les', en: 'Lesson learned' },
};

/** How strong the evidence is, in the words Dutch databases of interventions use. */
export const EVIDENCE_LEVELS = ['EFFECTIVE', 'PROMISING', 'PRACTICE_BASED', 'THEORY'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const EVIDENCE_LEVEL_LABELS: Record<EvidenceLevel, { nl: string; en: string }> = {
  EFFECTIVE: { nl: 'Effectief volgens onderzoek', en: 'Effective according to research' },
  PROMISING: { nl: 'Veelbelovend', en: 'Promising' },
  PRACTICE_BASED: { nl: 'Praktijkgebaseerd', en: 'Practice-based' },
  THEORY: { nl: 'Theorie', en: 'Theory' },
};

/** The theoretical build-up of section 5.4. */
export const THEORY_THEMES = ['SYSTEMS_THEORY', 'COMMUNICATION_THEORY', 'SOCIAL_CONSTRUCTIVISM', 'EMPOWERMENT', 'STRENGTH_BASED', 'SOLUTION_FOCUSED'] as const;
export type TheoryTheme = (typeof THEORY_THEMES)[number];

export const THEORY_THEME_LABELS: Record<TheoryTheme, { nl: string; en: string }> = {
  SYSTEMS_THEORY: { nl: 'Systeemtheorie', en: 'Systems theory' },
  COMMUNICATION_THEORY: { nl: 'Communicatietheorie', en: 'Communication theory' },
  SOCIAL_CONSTRUCTIVISM: { nl: 'Sociaal constructivisme', en: 'Social constructivism' },
  EMPOWERMENT: { nl: 'Empowerment', en: 'Empowerment' },
  STRENGTH_BASED: { nl: 'Krachtgericht werken', en: 'Strength-based work' },
  SOLUTION_FOCUSED: { nl: 'Oplossingsgericht werken', en: 'Solution-focused work' },
};

/** A source as cited: enough to find it again (a DOI and/or URL when one exists). */
export interface Citation {
  /** "Achternaam, V." per author, in the order of the source. */
  authors: string[];
  year: number;
  title: string;
  /** Journal, book or publisher. */
  container: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  /** Without the https://doi.org/ prefix, e.g. 10.1037/h0085885. */
  doi: string | null;
  url: string | null;
}

/** For a research finding: how the study was done, and what it means for practice in plain language. */
export interface FindingDetails {
  studyDesign: string;
  sample: string;
  practiceImplications: string;
}

/** Demo data: the references the source document cites, summarised in our own words. */
export interface DemoKnowledgeItem {
  slug: string;
  type: KnowledgeType;
  title: string;
  /** Markdown, Dutch, in our own words (never copied text). */
  summary: string;
  citation: Citation | null;
  evidenceLevel: EvidenceLevel;
  finding: FindingDetails | null;
  /** B1..B9, M1..M9 */
  qualificationCodes: string[];
  /** 1..4 */
  levels: number[];
  /** Codes of COLLABORATION_FORMS. */
  collaborationForms: string[];
  theoryThemes: TheoryTheme[];
  /** Codes of RESEARCH_THEMES. */
  researchThemes: string[];
  tags: string[];
  /** Slugs of demo instruments this item relates to (see libs/shared/instruments DEMO_INSTRUMENTS). */
  instrumentSlugs: string[];
}
