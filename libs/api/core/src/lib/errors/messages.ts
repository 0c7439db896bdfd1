import { Language } from './language';

type Catalogue = Record<string, { nl: string; en: string }>;

/** Messages shown to people, by key. `{name}` placeholders are filled from params. */
export const MESSAGES: Catalogue = {
  'error.badUserInput': { nl: 'Niet alle velden zijn goed ingevuld.', en: 'Some fields are not filled in correctly.' },
  'error.unauthenticated': { nl: 'Je bent niet ingelogd. Log in en probeer het opnieuw.', en: 'You are not signed in. Sign in and try again.' },
  'error.forbidden': { nl: 'Je hebt geen toestemming om dit te doen.', en: 'You are not allowed to do this.' },
  'error.notFound': { nl: 'Dit bestaat niet (meer), of je hebt er geen toegang toe.', en: 'This does not exist (anymore), or you have no access to it.' },
  'error.conflict': { nl: 'Dit botst met iets dat al bestaat.', en: 'This conflicts with something that already exists.' },
  'error.rateLimited': { nl: 'Te veel pogingen. Probeer het over {retryAfterMinutes} minuten opnieuw.', en: 'Too many attempts. Try again in {retryAfterMinutes} minutes.' },
  'error.rateLimitedSeconds': { nl: 'Je gaat even te snel. Probeer het over {retryAfterSeconds} seconden opnieuw.', en: 'You are going a little too fast. Try again in {retryAfterSeconds} seconds.' },
  'error.serviceUnavailable': { nl: 'Kennislijn is even niet bereikbaar. Probeer het zo opnieuw; er is niets verloren gegaan.', en: 'Kennislijn is briefly unavailable. Try again shortly; nothing was lost.' },
  'error.internal': { nl: 'Er ging iets mis aan onze kant. Probeer het opnieuw; noem code {requestId} als je hulp vraagt.', en: 'Something went wrong on our side. Try again; quote code {requestId} when asking for help.' },
  'auth.emailTaken': { nl: 'Er is al een account met dit e-mailadres.', en: 'An account with this e-mail address already exists.' },
  'auth.invalidCredentials': { nl: 'E-mailadres of wachtwoord klopt niet.', en: 'E-mail address or password is incorrect.' },
  'auth.invalidRefreshToken': { nl: 'Je sessie is verlopen. Log opnieuw in.', en: 'Your session has expired. Please sign in again.' },
  'auth.wrongCurrentPassword': { nl: 'Je huidige wachtwoord klopt niet.', en: 'Your current password is incorrect.' },
  'auth.tokenExpired': { nl: 'Je sessie is verlopen. Log opnieuw in.', en: 'Your session has expired. Please sign in again.' },
  'validation.email': { nl: 'Vul een geldig e-mailadres in.', en: 'Enter a valid e-mail address.' },
  'validation.required': { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  'validation.passwordTooShort': { nl: 'Je wachtwoord moet minstens {min} tekens hebben.', en: 'Your password must be at least {min} characters long.' },
  'validation.passwordTooLong': { nl: 'Je wachtwoord mag hoogstens {max} tekens hebben.', en: 'Your password may be at most {max} characters long.' },
  'validation.passwordSame': { nl: 'Kies een ander wachtwoord dan je huidige.', en: 'Choose a password different from your current one.' },
  'validation.tooShort': { nl: 'Vul minstens {min} tekens in.', en: 'Enter at least {min} characters.' },
  'validation.tooLong': { nl: 'Gebruik hoogstens {max} tekens.', en: 'Use at most {max} characters.' },
  'validation.level': { nl: 'Kies een niveau van 1 tot en met 4.', en: 'Choose a level from 1 to 4.' },
  'validation.levelOnlyForStudents': { nl: 'Alleen studenten kiezen een niveau.', en: 'Only students choose a level.' },
  'validation.levelRequiredForStudents': { nl: 'Kies als student je niveau (1 tot en met 4).', en: 'As a student, choose your level (1 to 4).' },
  'validation.enum': { nl: 'Kies een van de mogelijke waarden.', en: 'Choose one of the allowed values.' },
  'validation.invalid': { nl: 'Deze waarde is niet geldig.', en: 'This value is not valid.' },
};

export function translate(key: string, lang: Language, params: Record<string, string | number> = {}): string {
  const entry = MESSAGES[key];
  const template = entry ? entry[lang] : key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] === undefined ? `{${name}}` : String(params[name])));
}

/** Lets a feature module add its own messages to the one catalogue (at import time). */
export function defineMessages(catalogue: Catalogue): void {
  for (const [key, value] of Object.entries(catalogue)) {
    if (MESSAGES[key]) throw new Error(`message key defined twice: ${key}`);
    MESSAGES[key] = value;
  }
}
