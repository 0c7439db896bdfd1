/** A person's role on their profile (DOMAIN.md "Who uses it"). */
export enum ProfileRole {
  PROFESSIONAL = 'PROFESSIONAL',
  STUDENT = 'STUDENT',
  LECTURER = 'LECTURER',
  RESEARCHER = 'RESEARCHER',
  POLICYMAKER = 'POLICYMAKER',
}

export const PROFILE_ROLES: readonly ProfileRole[] = Object.values(ProfileRole);

/** Dutch and English labels, for the UI and for e-mails. */
export const PROFILE_ROLE_LABELS: Record<ProfileRole, { nl: string; en: string }> = {
  PROFESSIONAL: { nl: 'Professional', en: 'Professional' },
  STUDENT: { nl: 'Student', en: 'Student' },
  LECTURER: { nl: 'Docent', en: 'Lecturer' },
  RESEARCHER: { nl: 'Onderzoeker', en: 'Researcher' },
  POLICYMAKER: { nl: 'Beleidsmaker', en: 'Policymaker' },
};

/** Site-wide role; ADMIN exists for operations only. */
export enum SiteRole {
  USER = 'USER',
  ADMIN = 'ADMIN',
}

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const STUDENT_LEVELS = [1, 2, 3, 4] as const;
