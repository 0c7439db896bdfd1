// Concepts cases and findings are tagged with (DOMAIN.md): the alliance (Bordin 1979), the five
// concepts of interprofessional collaboration (D'Amour et al. 2005), and response perspectives.

export enum AllianceAspect {
  BOND = 'BOND',
  GOALS = 'GOALS',
  TASKS = 'TASKS',
}

export const ALLIANCE_ASPECT_LABELS: Record<AllianceAspect, { nl: string; en: string }> = {
  BOND: { nl: 'Band (de klik)', en: 'Bond' },
  GOALS: { nl: 'Overeenstemming over doelen', en: 'Agreement on goals' },
  TASKS: { nl: 'Overeenstemming over taken', en: 'Agreement on tasks' },
};

export enum DamourConcept {
  SHARING = 'SHARING',
  PARTNERSHIP = 'PARTNERSHIP',
  POWER = 'POWER',
  INTERDEPENDENCY = 'INTERDEPENDENCY',
  PROCESS = 'PROCESS',
}

export const DAMOUR_CONCEPT_LABELS: Record<DamourConcept, { nl: string; en: string }> = {
  SHARING: { nl: 'Delen', en: 'Sharing' },
  PARTNERSHIP: { nl: 'Partnerschap', en: 'Partnership' },
  POWER: { nl: 'Macht', en: 'Power' },
  INTERDEPENDENCY: { nl: 'Onderlinge afhankelijkheid', en: 'Interdependency' },
  PROCESS: { nl: 'Proces van samenwerking', en: 'Process of collaboration' },
};

export enum ResponsePerspective {
  CLIENT_FAMILY = 'CLIENT_FAMILY',
  PROFESSIONAL = 'PROFESSIONAL',
  ORGANISATION = 'ORGANISATION',
  EDUCATION = 'EDUCATION',
  RESEARCH = 'RESEARCH',
}

export const RESPONSE_PERSPECTIVE_LABELS: Record<ResponsePerspective, { nl: string; en: string }> = {
  CLIENT_FAMILY: { nl: 'Cliënt of gezin', en: 'Client or family' },
  PROFESSIONAL: { nl: 'Professional', en: 'Professional' },
  ORGANISATION: { nl: 'Organisatie', en: 'Organisation' },
  EDUCATION: { nl: 'Onderwijs', en: 'Education' },
  RESEARCH: { nl: 'Onderzoek', en: 'Research' },
};
