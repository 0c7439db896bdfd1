// The learning line as data (DOMAIN.md). Seeded into reference tables; content links to rows.

export interface LevelSeed {
  number: number;
  name: { nl: string; en: string };
  description: { nl: string; en: string };
}

export const LEVELS: readonly LevelSeed[] = [
  {
    number: 1,
    name: { nl: 'Niveau 1 — bachelor, eerste fase', en: 'Level 1 — bachelor, first phase' },
    description: {
      nl: 'Individuele samenwerking met welwillende, gemotiveerde hulpvragers. Gestructureerde opdrachten en veel begeleiding.',
      en: 'Individual collaboration with willing, motivated clients. Structured tasks and much guidance.',
    },
  },
  {
    number: 2,
    name: { nl: 'Niveau 2 — bachelor', en: 'Level 2 — bachelor' },
    description: {
      nl: 'Complexere hulp, soms in een gedwongen kader, en met het systeem van de cliënt. Feedback vragen op de één-op-één relatie.',
      en: 'More complex help, possibly involuntary, and with the client’s system. Asking feedback on the one-to-one relation.',
    },
  },
  {
    number: 3,
    name: { nl: 'Niveau 3 — bachelor, afstudeerfase', en: 'Level 3 — bachelor, final phase' },
    description: {
      nl: 'Meervoudige samenwerkingsrelaties, ook met professionals binnen en buiten de organisatie. Meervoudige en interprofessionele relaties monitoren met instrumenten.',
      en: 'Multiple collaborative relations, including professionals inside and outside the organisation. Monitoring multiple and interprofessional relations with instruments.',
    },
  },
  {
    number: 4,
    name: { nl: 'Niveau 4 — professionele master', en: 'Level 4 — professional master' },
    description: {
      nl: 'Regie voeren op samenwerking vanuit meervoudig perspectief en bijdragen aan kennisontwikkeling.',
      en: 'Directing collaboration from multiple perspectives and contributing to knowledge development.',
    },
  },
];

export type Degree = 'BACHELOR' | 'MASTER';

export interface QualificationSeed {
  code: string;
  degree: Degree;
  number: number;
  text: { nl: string; en: string };
}

const bachelor: [string, string][] = [
  ['kent het belang van samenwerken en de factoren die daarbij een rol spelen (delen, partnerschap, macht, onderlinge afhankelijkheid).', 'knows why collaboration matters and which factors play a role (sharing, partnership, power, interdependency).'],
  ['kent recente onderzoeksresultaten over werkzame factoren van professionele samenwerking.', 'knows recent research on effective factors of professional collaboration.'],
  ['brengt een vruchtbare, betekenisvolle samenwerking tot stand en houdt die in stand.', 'establishes and maintains fruitful, meaningful collaboration.'],
  ['laat de vaardigheden en houding zien om mensen met elkaar in gesprek te brengen.', 'shows the skills and attitude needed to bring people into conversation.'],
  ['laat gespreksvaardigheden zien: vragen stellen, perspectieven verbinden en voorstellen doen die passen bij de context van de cliënt.', 'shows conversation skills: asking questions, connecting perspectives, proposing in line with the client’s context.'],
  ['werkt naast de emotionele band ook aan de taakkant van de samenwerkingsrelatie.', 'works on the task side of the relation besides the emotional bond.'],
  ['verbindt zich meevoelend, toont zich onpartijdig en meerzijdig partijdig, afhankelijk van wat het moment vraagt.', 'connects with sympathy, shows impartiality and multi-partial involvement, as the moment requires.'],
  ['stelt eigen en andermans werkwijzen en inzichten ter discussie.', 'questions own and others’ ways of working and insights.'],
  ['monitort samenwerking met monitoringsinstrumenten.', 'monitors collaboration using monitoring instruments.'],
];

const master: [string, string][] = [
  ['beheerst en belichaamt betekenisvol samenwerken op bachelorniveau.', 'masters and embodies meaningful collaboration at bachelor level.'],
  ['is een rolmodel in samenwerking.', 'is a role model in collaboration.'],
  ['handelt congruent: zegt wat hij doet, laat het zien en maakt het waar.', 'acts congruently: says what he does, shows it, makes it true.'],
  ['draagt bij aan kennisontwikkeling over (meervoudige) samenwerking.', 'contributes to knowledge development on (multiple) collaboration.'],
  ['draagt bij aan professionalisering van het vak en van collega’s.', 'contributes to the professionalisation of the field and colleagues.'],
  ['werkt samen in dialoog en laat zien en legt uit wat hij doet.', 'collaborates in dialogue, demonstrates and explains what he does.'],
  ['bevordert samenwerking door vooruit te denken: kritisch, tactisch en strategisch.', 'promotes collaboration by thinking ahead: critical, tactical, strategic.'],
  ['neemt regie in samenwerkingskwesties vanuit meervoudig perspectief.', 'takes direction in collaboration issues from multiple perspectives.'],
  ['organiseert feedback op eigen en andermans professioneel handelen.', 'organises feedback on own and others’ professional actions.'],
];

export const QUALIFICATIONS: readonly QualificationSeed[] = [
  ...bachelor.map(([nl, en], i) => ({ code: `B${i + 1}`, degree: 'BACHELOR' as const, number: i + 1, text: { nl, en } })),
  ...master.map(([nl, en], i) => ({ code: `M${i + 1}`, degree: 'MASTER' as const, number: i + 1, text: { nl, en } })),
];

export interface DublinDescriptorSeed {
  number: number;
  name: { nl: string; en: string };
  qualificationCodes: string[];
}

// 3-5: the seed's numbers are lost; mapping inferred from the descriptor texts (DOMAIN.md).
export const DUBLIN_DESCRIPTORS: readonly DublinDescriptorSeed[] = [
  { number: 1, name: { nl: 'Kennis en inzicht', en: 'Knowledge and understanding' }, qualificationCodes: ['B1', 'B2'] },
  { number: 2, name: { nl: 'Toepassen van kennis en inzicht', en: 'Applying knowledge and understanding' }, qualificationCodes: ['B3', 'B4', 'B5', 'B6'] },
  { number: 3, name: { nl: 'Oordeelsvorming', en: 'Making judgements' }, qualificationCodes: ['B7'] },
  { number: 4, name: { nl: 'Communicatie', en: 'Communication' }, qualificationCodes: ['B8'] },
  { number: 5, name: { nl: 'Leervaardigheden', en: 'Learning skills' }, qualificationCodes: ['B9'] },
];

export interface CollaborationFormSeed {
  code: string;
  position: number;
  name: { nl: string; en: string };
}

export const COLLABORATION_FORMS: readonly CollaborationFormSeed[] = [
  { code: 'ATTITUDE', position: 1, name: { nl: 'Een op samenwerking gerichte houding ontwikkelen', en: 'Developing a collaborative attitude' } },
  { code: 'ONE_TO_ONE', position: 2, name: { nl: 'Eén-op-één professionele samenwerkingsrelatie met een hulpvrager', en: 'One-to-one professional relationship with a client' } },
  { code: 'MULTIPLE', position: 3, name: { nl: 'Meervoudige samenwerkingsrelatie met meerdere hulpvragers', en: 'Multiple relationship with several clients' } },
  { code: 'MULTIPLE_COMPLEX', position: 4, name: { nl: 'Meervoudige samenwerkingsrelatie in complexe context', en: 'Multiple relationship in a complex context' } },
  { code: 'MULTIPLE_INVOLUNTARY', position: 5, name: { nl: 'Meervoudige samenwerkingsrelatie in complexe context met onvrijwilligheid (gedwongen kader)', en: 'Multiple relationship in a complex, involuntary context' } },
  { code: 'INTERPROFESSIONAL', position: 6, name: { nl: 'Interprofessioneel samenwerken', en: 'Interprofessional collaboration' } },
  { code: 'INTEGRAL', position: 7, name: { nl: 'Integraal samenwerken', en: 'Integral collaboration' } },
  { code: 'INTERDISCIPLINARY', position: 8, name: { nl: 'Interdisciplinair samenwerken', en: 'Interdisciplinary collaboration' } },
];

export interface ResearchThemeSeed {
  code: string;
  position: number;
  name: { nl: string; en: string };
}

/** Research agenda (chapter 6): themes a community can follow. */
export const RESEARCH_THEMES: readonly ResearchThemeSeed[] = [
  { code: 'COMMON_FACTORS', position: 1, name: { nl: 'Gemeenschappelijke (werkzame) factoren, individueel en collectief', en: 'Common (effective) factors, individual and collective' } },
  { code: 'TASK_ALLIANCE', position: 2, name: { nl: 'De taakalliantie', en: 'The task alliance' } },
  { code: 'MULTIPLE_ALLIANCES', position: 3, name: { nl: 'Meervoudige allianties, gedeelde doelbeleving en veiligheid in het systeem', en: 'Multiple alliances, joint goal perception and safety in the system' } },
  { code: 'SHARED_DECISIONS', position: 4, name: { nl: 'Regie bij de cliënt en samen beslissen', en: 'Leaving direction with the client and shared decision making' } },
  { code: 'POWER_DEPENDENCY', position: 5, name: { nl: 'Macht en afhankelijkheid: van controleren naar samen zorgen', en: 'Power and dependency: from controlling to caring together' } },
  { code: 'LIVING_PROCESS', position: 6, name: { nl: 'Samenwerken als levend proces', en: 'Collaboration as a living process' } },
];
