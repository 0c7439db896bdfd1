import { defineMessages } from '@kennislijn/api-core';
import { INSTRUMENT_MESSAGES } from '@kennislijn/shared-instruments';

// The definition and answer checks' messages live with those checks (shared with the web app).
defineMessages(INSTRUMENT_MESSAGES);

defineMessages({
  'notification.TRACK_SIGNAL': { nl: 'Signaal in een monitoringtraject in {communityName}', en: 'Signal on a monitoring track in {communityName}' },
  'instrument.editConflict': {
    nl: '{name} heeft dit onderdeel net gewijzigd. Je wijziging is nog niet opgeslagen: kies welke versie je houdt.',
    en: '{name} just changed this part. Your change has not been saved yet: choose which version to keep.',
  },
  'instrument.draftChanged': {
    nl: 'Het concept is gewijzigd sinds je het bekeek. Bekijk de wijzigingen en publiceer dan opnieuw.',
    en: 'The draft changed since you looked at it. Review the changes, then publish again.',
  },
  'instrument.nothingChanged': { nl: 'Het concept is gelijk aan de laatste versie; er is niets om te publiceren.', en: 'The draft equals the latest version; there is nothing to publish.' },
  'instrument.onlyAuthors': { nl: 'Alleen mede-auteurs en moderatoren kunnen het concept wijzigen.', en: 'Only co-authors and moderators can change the draft.' },
  'instrument.itemNotFound': { nl: 'Dat item bestaat niet (meer) in het concept.', en: 'That item does not exist (any more) in the draft.' },
  'instrument.versionNotFound': { nl: 'Die versie bestaat niet.', en: 'That version does not exist.' },
  'instrument.notMember': { nl: 'Alleen leden van de gemeenschap kunnen mede-auteur worden.', en: 'Only members of the community can become co-authors.' },
  'instrument.changelogRequired': { nl: 'Beschrijf kort wat er is veranderd (minstens 3 tekens).', en: 'Describe briefly what changed (at least 3 characters).' },
  'instrument.onlyTrackOwner': { nl: 'Alleen wie het traject startte of een moderator kan hier metingen invoeren.', en: 'Only the person who started the track or a moderator can enter measurements here.' },
  'instrument.caseCodeFormat': {
    nl: 'Gebruik een casuscode van 2 tot 40 letters, cijfers, punten of streepjes (bijvoorbeeld SWAG-2026-014), nooit een naam.',
    en: 'Use a case code of 2 to 40 letters, digits, dots or dashes (for example SWAG-2026-014), never a name.',
  },
  'instrument.noRespondentsOnTrack': { nl: 'Voeg minstens één respondent toe (een rol, zoals "moeder").', en: 'Add at least one respondent (a role, such as "mother").' },
  'instrument.respondentNotFound': { nl: 'Die respondent hoort niet bij dit traject.', en: 'That respondent does not belong to this track.' },
  'instrument.responseExists': {
    nl: 'Voor deze respondent is sessie {session} al ingevuld. Pas die meting aan in plaats van een nieuwe in te voeren.',
    en: 'Session {session} has already been filled in for this respondent. Edit that measurement instead of entering a new one.',
  },
  'instrument.sessionNumber': { nl: 'Kies een sessienummer van 1 tot en met 1000.', en: 'Choose a session number from 1 to 1000.' },
  'instrument.sessionDate': { nl: 'Vul de datum in als jjjj-mm-dd.', en: 'Enter the date as yyyy-mm-dd.' },
  'instrument.linkHours': { nl: 'Een link werkt 1 uur tot 30 dagen (720 uur).', en: 'A link works for 1 hour to 30 days (720 hours).' },
  'instrument.linkOpen': {
    nl: 'Voor deze invuller staat al een open link voor sessie {session}. Trek die eerst in of wacht tot hij is ingevuld.',
    en: 'An open link for session {session} already exists for this respondent. Revoke it first or wait until it is filled in.',
  },
  'instrument.linkOpenForSession': {
    nl: 'Voor sessie {session} staat een persoonlijke link open bij deze invuller. Trek de link in als je de antwoorden zelf invoert.',
    en: 'A personal link for session {session} is open for this respondent. Revoke the link if you enter the answers yourself.',
  },
  'instrument.sessionEnteredMeanwhile': {
    nl: 'Je begeleider heeft de antwoorden voor deze sessie al ingevoerd. Je antwoorden zijn niet opgeslagen; neem contact op met je begeleider.',
    en: 'Your practitioner has already entered the answers for this session. Your answers were not saved; please contact your practitioner.',
  },
  'instrument.editConflictAnonymous': {
    nl: 'Iemand anders heeft dit onderdeel net gewijzigd. Je wijziging is nog niet opgeslagen: kies welke versie je houdt.',
    en: 'Someone else just changed this part. Your change has not been saved yet: choose which version to keep.',
  },
  'instrument.linkUsed': { nl: 'Deze vragenlijst is al ingevuld. Dank je wel!', en: 'This questionnaire has already been filled in. Thank you!' },
  'instrument.linkExpired': { nl: 'Deze link is verlopen. Vraag je begeleider om een nieuwe.', en: 'This link has expired. Ask your practitioner for a new one.' },
  'instrument.trackClosed': { nl: 'Dit traject is afgesloten.', en: 'This track is closed.' },
});
