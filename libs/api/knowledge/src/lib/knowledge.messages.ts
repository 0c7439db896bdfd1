import { defineMessages } from '@kennislijn/api-core';

defineMessages({
  'knowledge.citationYear': { nl: 'Vul een jaartal in tussen 1800 en 2100.', en: 'Enter a year between 1800 and 2100.' },
  'knowledge.citationAuthors': { nl: 'Noem minstens één auteur (Achternaam, V.).', en: 'Name at least one author (Surname, I.).' },
  'knowledge.citationDoi': { nl: 'Een DOI begint met 10. en een schuine streep, bijvoorbeeld 10.1037/h0085885.', en: 'A DOI starts with 10. and a slash, for example 10.1037/h0085885.' },
  'knowledge.citationUrl': { nl: 'Vul een webadres in dat begint met https:// of http://.', en: 'Enter a web address that starts with https:// or http://.' },
  'knowledge.onlyCurators': { nl: 'Alleen curatoren van de leerlijn kunnen dit doen.', en: 'Only curators of the learning line can do this.' },
  'knowledge.onlyAuthorOrModerator': { nl: 'Alleen wie dit item schreef of een moderator kan het wijzigen.', en: 'Only the author of this item or a moderator can change it.' },
  'knowledge.revisionConflict': {
    nl: 'Iemand anders heeft dit item intussen gewijzigd. Bekijk de nieuwe versie en voer je wijziging opnieuw in.',
    en: 'Someone else changed this item in the meantime. Look at the new version and enter your change again.',
  },
  'knowledge.changeNoteRequired': { nl: 'Beschrijf kort wat je hebt veranderd (minstens 3 tekens).', en: 'Describe briefly what you changed (at least 3 characters).' },
  'knowledge.revisionNotFound': { nl: 'Die versie bestaat niet.', en: 'That revision does not exist.' },
  'knowledge.unknownCase': { nl: 'Koppel alleen casussen uit dezelfde gemeenschap.', en: 'Link only cases from the same community.' },
  'knowledge.unknownInstrument': { nl: 'Koppel alleen gepubliceerde instrumenten die je kunt zien.', en: 'Link only published instruments you can see.' },
});
