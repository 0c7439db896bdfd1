import { defineMessages } from '@kennislijn/api-core';
import { METHOD_MESSAGES, TIME_MESSAGES } from '@kennislijn/shared-sessions';

// The shared library's texts for method and time errors, under their own keys.
defineMessages(METHOD_MESSAGES);
defineMessages(TIME_MESSAGES);

defineMessages({
  'session.timeOrder': { nl: 'Het einde ligt na het begin.', en: 'The end must be after the start.' },
  'session.tooLong': { nl: 'Een sessie duurt hoogstens 12 uur.', en: 'A session lasts at most 12 hours.' },
  'session.localTime': { nl: 'Vul een datum (jjjj-mm-dd) en tijd (uu:mm) in.', en: 'Enter a date (yyyy-mm-dd) and time (hh:mm).' },
  'session.nonexistentTime': {
    nl: 'Dit tijdstip bestaat niet in Nederland: de klok springt die nacht van 02:00 naar 03:00.',
    en: 'This time does not exist in the Netherlands: the clock jumps from 02:00 to 03:00 that night.',
  },
  'session.capacity': { nl: 'Kies een aantal plaatsen van 1 tot en met 1000, of laat het leeg.', en: 'Choose 1 to 1,000 places, or leave it empty.' },
  'session.onlineUrl': { nl: 'Vul een webadres in dat begint met https:// of http://.', en: 'Enter a web address that starts with https:// or http://.' },
  'session.unknownMethod': { nl: 'Kies een gespreksmethode uit de lijst.', en: 'Choose a discussion method from the list.' },
  'session.unknownTheme': { nl: 'Kies een thema uit de onderzoeksagenda, of vul een eigen thema in.', en: 'Choose a theme from the research agenda, or enter your own.' },
  'session.unknownCase': { nl: 'Koppel alleen casussen uit deze gemeenschap.', en: 'Link only cases from this community.' },
  'session.unknownKnowledge': { nl: 'Koppel alleen kennisitems die de gemeenschap kan zien.', en: 'Link only knowledge items the community can see.' },
  'session.unknownInstrument': { nl: 'Koppel alleen gepubliceerde instrumenten die de gemeenschap kan zien.', en: 'Link only published instruments the community can see.' },
  'session.notPlanned': { nl: 'Deze sessie is al begonnen, afgelopen of geannuleerd.', en: 'This session has already started, ended or been cancelled.' },
  'session.notLive': { nl: 'Deze sessie is nu niet bezig.', en: 'This session is not running now.' },
  'session.closed': { nl: 'Deze sessie is afgelopen of geannuleerd.', en: 'This session has ended or been cancelled.' },
  'session.noMethod': { nl: 'Deze sessie heeft geen methode met stappen.', en: 'This session has no method with steps.' },
  'session.noSuchStep': { nl: 'Die stap bestaat niet in deze methode.', en: 'That step does not exist in this method.' },
  'session.stale': {
    nl: 'Iemand anders heeft de sessie intussen verder gezet. Je ziet nu de actuele stap.',
    en: 'Someone else moved the session on in the meantime. You now see the current step.',
  },
  'session.noteConflict': {
    nl: '{name} heeft deze notities net aangepast. Hun tekst staat nu naast de jouwe; voeg ze samen en sla opnieuw op.',
    en: '{name} just changed these notes. Their text is now next to yours; merge them and save again.',
  },
  'session.outcomesRequired': { nl: 'Beschrijf de uitkomsten (minstens 10 tekens).', en: 'Describe the outcomes (at least 10 characters).' },
  'session.lessonExists': { nl: 'Van deze sessie is al een geleerde les gemaakt.', en: 'A lesson learned was already made from this session.' },
  'session.notClosed': { nl: 'Maak een geleerde les nadat de sessie is afgesloten.', en: 'Make a lesson learned after the session has been closed.' },
  'session.pollOptions': { nl: 'Geef 2 tot en met 8 verschillende antwoorden van hoogstens 120 tekens.', en: 'Give 2 to 8 different answers of at most 120 characters.' },
  'session.pollQuestion': { nl: 'Stel een vraag van 3 tot en met 300 tekens.', en: 'Ask a question of 3 to 300 characters.' },
  'session.pollClosed': { nl: 'Deze ronde is gesloten.', en: 'This round is closed.' },
  'session.pollOption': { nl: 'Kies een van de antwoorden.', en: 'Choose one of the answers.' },
  'session.methodCodeTaken': { nl: 'Deze gemeenschap heeft al een methode met deze code.', en: 'This community already has a method with this code.' },
  'notification.SESSION_PLANNED': { nl: 'Nieuwe sessie in {communityName}', en: 'New session in {communityName}' },
  'notification.SESSION_SEAT': { nl: 'Er is een plek vrijgekomen: je staat nu op de deelnemerslijst ({communityName})', en: 'A place came free: you are now on the list of participants ({communityName})' },
});
