// What the author is told for each kind of finding, and what the text is replaced with.
import type { LocalizedMessage, PrivacyKind } from './types';

export const PRIVACY_MESSAGES: Readonly<Record<PrivacyKind, LocalizedMessage>> = {
  BSN: {
    nl: 'Dit lijkt een BSN. Een BSN mag nooit worden opgeslagen; haal het weg.',
    en: 'This looks like a citizen service number (BSN). A BSN may never be stored; remove it.',
  },
  IBAN: {
    nl: 'Dit lijkt een rekeningnummer (IBAN). Haal het weg of vervang het.',
    en: 'This looks like a bank account number (IBAN). Remove or replace it.',
  },
  EMAIL: {
    nl: 'Dit lijkt een e-mailadres. Haal het weg of vervang het.',
    en: 'This looks like an e-mail address. Remove or replace it.',
  },
  PHONE: {
    nl: 'Dit lijkt een telefoonnummer. Haal het weg of vervang het.',
    en: 'This looks like a phone number. Remove or replace it.',
  },
  BIRTHDATE: {
    nl: 'Dit lijkt een geboortedatum. Noem liever alleen de leeftijd.',
    en: 'This looks like a date of birth. Mention only the age instead.',
  },
  ADDRESS: {
    nl: 'Dit lijkt een adres (straat en huisnummer). Haal het weg of vervang het.',
    en: 'This looks like an address (street and house number). Remove or replace it.',
  },
  POSTCODE: {
    nl: 'Dit lijkt een postcode. Haal hem weg of noem hooguit de regio.',
    en: 'This looks like a postcode. Remove it or mention the region at most.',
  },
  NAME: {
    nl: 'Dit lijkt de naam van een cliënt of gezinslid. Gebruik een rol of een verzonnen initiaal.',
    en: 'This looks like the name of a client or family member. Use a role or a made-up initial.',
  },
};

export const PRIVACY_REPLACEMENTS: Readonly<Record<PrivacyKind, string>> = {
  BSN: '[BSN verwijderd]',
  IBAN: '[IBAN]',
  EMAIL: '[e-mailadres]',
  PHONE: '[telefoonnummer]',
  BIRTHDATE: '[geboortedatum]',
  ADDRESS: '[adres]',
  POSTCODE: '[postcode]',
  NAME: '[naam]',
};

/** Which kind wins when two findings overlap: the more sensitive and the more certain one. */
export const KIND_STRENGTH: Readonly<Record<PrivacyKind, number>> = {
  BSN: 100,
  IBAN: 95,
  EMAIL: 90,
  PHONE: 80,
  BIRTHDATE: 70,
  ADDRESS: 60,
  POSTCODE: 55,
  NAME: 40,
};
