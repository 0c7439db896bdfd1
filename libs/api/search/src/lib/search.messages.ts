import { defineMessages } from '@kennislijn/api-core';

defineMessages({
  'search.qualification': { nl: 'Kies een kwalificatie van B1 tot en met B9 of M1 tot en met M9.', en: 'Choose a qualification from B1 to B9 or M1 to M9.' },
  'search.date': { nl: 'Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-09-01.', en: 'Enter a date as yyyy-mm-dd, for example 2026-09-01.' },
  'search.dateOrder': { nl: 'De einddatum ligt vóór de begindatum.', en: 'The end date is before the start date.' },
  'search.pageSize': { nl: 'Vraag 1 tot en met 50 resultaten per keer op.', en: 'Ask for 1 to 50 results at a time.' },
  'search.tooDeep': { nl: 'Zoek gerichter: bladeren gaat tot 1000 resultaten.', en: 'Narrow your search: paging stops at 1,000 results.' },
  'search.type.CASE': { nl: 'Casus', en: 'Case' },
  'search.type.RESPONSE': { nl: 'Reactie', en: 'Response' },
  'search.type.KNOWLEDGE_ITEM': { nl: 'Kennisitem', en: 'Knowledge item' },
  'search.type.INSTRUMENT': { nl: 'Instrument', en: 'Instrument' },
  'search.type.SESSION': { nl: 'Sessie', en: 'Session' },
  'search.type.COMMUNITY': { nl: 'Gemeenschap', en: 'Community' },
  'search.type.MESSAGE': { nl: 'Bericht', en: 'Message' },
  'search.level': { nl: 'Niveau {level}', en: 'Level {level}' },
});
