import type { RespondentFormQuery } from '@kennislijn/web-graphql';

/** What a respondent link shows (only this form). */
export type RespondentFormData = RespondentFormQuery['respondentForm'];

/** The calm message instead of the form: thanks, already filled in, expired, or not a link. */
export type Outcome = 'THANKS' | 'USED' | 'EXPIRED' | 'INVALID';
