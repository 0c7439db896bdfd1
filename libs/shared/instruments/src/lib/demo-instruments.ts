// Three instruments written for Kennislijn, to seed demo communities and to show what the editor can
// do. The texts are our own; they are not translations or adaptations of published instruments.
import type { ChoiceOption, InstrumentDefinition, InstrumentItem } from './types';

const AGREE_LABELS = ['Klopt helemaal niet', 'Klopt niet', 'Klopt soms wel, soms niet', 'Klopt', 'Klopt helemaal'];
const TEAM_LABELS = ['Helemaal niet mee eens', 'Niet mee eens', 'Neutraal', 'Mee eens', 'Helemaal mee eens'];

function vas(id: string, text: string, help: string | null, subscaleId: string | null): InstrumentItem {
  return { id, type: 'VAS', text, help, points: null, labels: ['Helemaal niet', 'Helemaal wel'], options: [], reverse: false, subscaleId, required: true };
}

function likert(id: string, text: string, subscaleId: string, labels: string[], reverse = false): InstrumentItem {
  return { id, type: 'LIKERT', text, help: null, points: labels.length, labels: [...labels], options: [], reverse, subscaleId, required: true };
}

function choice(id: string, text: string, options: ChoiceOption[]): InstrumentItem {
  return { id, type: 'SINGLE_CHOICE', text, help: null, points: null, labels: [], options, reverse: false, subscaleId: null, required: false };
}

function openText(id: string, text: string, help: string | null): InstrumentItem {
  return { id, type: 'OPEN_TEXT', text, help, points: null, labels: [], options: [], reverse: false, subscaleId: null, required: false };
}

const samenwerkingsthermometer: InstrumentDefinition = {
  title: 'Samenwerkingsthermometer',
  purpose: [
    'Een korte check aan het eind van een gesprek: hoe ging de samenwerking vandaag?',
    '',
    'Iedereen vult hem zelf in: de cliënt, ouders, jongeren en de professional. Het zijn vier vragen op een schaal van 0 tot 10. Het kost een minuut.',
    '',
    '- Bespreek de uitkomst meteen, of aan het begin van het volgende gesprek.',
    '- Een lage score of een daling is geen oordeel, maar een reden om te vragen wat er anders kan.',
    '- Liggen de scores van de invullers ver uit elkaar? Dan is het de moeite waard om daar samen naar te kijken.',
  ].join('\n'),
  respondents: ['CLIENT', 'PARENT', 'YOUTH', 'PROFESSIONAL'],
  items: [
    vas('i1', 'Ik voelde me gehoord en met respect behandeld.', 'Denk aan het gesprek van vandaag.', 'band'),
    vas('i2', 'We werkten aan wat voor mij belangrijk is.', null, 'doelen'),
    vas('i3', 'De manier waarop we samenwerken past bij mij.', 'Bijvoorbeeld: hoe vaak we praten, waar en op welke manier.', 'taken'),
    vas('i4', 'Zo werken we goed samen.', 'Alles bij elkaar genomen.', null),
  ],
  subscales: [
    { id: 'band', name: 'Band', method: 'MEAN' },
    { id: 'doelen', name: 'Doelen', method: 'MEAN' },
    { id: 'taken', name: 'Werkwijze', method: 'MEAN' },
  ],
  scoring: {
    total: 'MEAN',
    thresholds: [
      { id: 't-laag', scope: 'TOTAL', kind: 'BELOW', value: 6, label: 'Samenwerking onder de 6' },
      { id: 't-daling', scope: 'TOTAL', kind: 'DROP', value: 2, label: 'Sterke daling' },
    ],
    referenceLines: [{ id: 'r-goed', scope: 'TOTAL', value: 8, label: 'Goede samenwerking' }],
    splitSpread: 2,
  },
};

const meervoudigeAlliantiecheck: InstrumentDefinition = {
  title: 'Meervoudige alliantiecheck',
  purpose: [
    'In een gezin heeft iedereen een eigen band met de professional, en met elkaar. Deze check laat zien hoe dat voor ieder gezinslid is.',
    '',
    'Elk gezinslid vult de check apart in, bijvoorbeeld om de drie gesprekken. Jongeren vanaf ongeveer 12 jaar kunnen hem zelf invullen.',
    '',
    '- De vragen gaan over de band met de professional, over eens zijn over de doelen en over hoe veilig het voelt om in het gezin iets te zeggen.',
    '- Sommige vragen zijn negatief gesteld. Die tellen omgekeerd mee: een hoge score betekent altijd dat het goed gaat.',
    '- Verschillen de gezinsleden veel van elkaar? Dan kan er sprake zijn van een gespleten alliantie. Bespreek dat met het gezin.',
  ].join('\n'),
  respondents: ['CLIENT', 'PARENT', 'YOUTH'],
  items: [
    likert('i1', 'Ik vertrouw de professional.', 'band', AGREE_LABELS),
    likert('i2', 'De professional begrijpt hoe het voor mij is.', 'band', AGREE_LABELS),
    likert('i3', 'Ik heb het gevoel dat de professional de kant kiest van iemand anders in mijn gezin.', 'band', AGREE_LABELS, true),
    likert('i4', 'We zijn het in ons gezin eens over waar de hulp over moet gaan.', 'doelen', AGREE_LABELS),
    likert('i5', 'De professional en ik willen hetzelfde bereiken.', 'doelen', AGREE_LABELS),
    likert('i6', 'Ik snap niet goed waarom we deze hulp krijgen.', 'doelen', AGREE_LABELS, true),
    likert('i7', 'In de gesprekken kan ik zeggen wat ik denk, ook als mijn gezin erbij is.', 'veilig', AGREE_LABELS),
    likert('i8', 'Ik ben bang dat wat ik in de gesprekken zeg thuis ruzie geeft.', 'veilig', AGREE_LABELS, true),
    likert('i9', 'De anderen in mijn gezin doen echt mee.', 'veilig', AGREE_LABELS),
    choice('i10', 'Met wie praat jij het liefst over wat er thuis speelt?', [
      { id: 'prof', label: 'Met de professional', score: null },
      { id: 'gezin', label: 'Met iemand uit mijn gezin', score: null },
      { id: 'ander', label: 'Met iemand anders', score: null },
      { id: 'niemand', label: 'Liever met niemand', score: null },
    ]),
    openText('i11', 'Wat zou helpen om beter samen te werken?', 'Je mag dit leeg laten.'),
  ],
  subscales: [
    { id: 'band', name: 'Band met de professional', method: 'MEAN' },
    { id: 'doelen', name: 'Eens over doelen', method: 'MEAN' },
    { id: 'veilig', name: 'Veiligheid in het gezin', method: 'MEAN' },
  ],
  scoring: {
    total: 'MEAN',
    thresholds: [
      { id: 't-laag', scope: 'TOTAL', kind: 'BELOW', value: 3, label: 'Alliantie onder de 3' },
      { id: 't-daling', scope: 'TOTAL', kind: 'DROP', value: 0.8, label: 'Duidelijke daling' },
    ],
    referenceLines: [],
    splitSpread: 1,
  },
};

const interprofessioneleTeamscan: InstrumentDefinition = {
  title: 'Interprofessionele teamscan',
  purpose: [
    'Voor teams die samen één gezin of één wijk helpen: hoe werken we als professionals samen?',
    '',
    'Ieder teamlid vult de scan zelf in. Bespreek de uitkomsten samen in een teamoverleg, bijvoorbeeld elk kwartaal.',
    '',
    'De scan heeft vijf onderdelen: delen, partnerschap, macht, onderlinge afhankelijkheid en proces. Per onderdeel tellen de antwoorden op. Twee vragen zijn negatief gesteld en tellen omgekeerd mee.',
  ].join('\n'),
  respondents: ['PROFESSIONAL', 'TEAM_MEMBER'],
  items: [
    likert('i1', 'We delen informatie over het gezin op tijd met elkaar.', 'delen', TEAM_LABELS),
    likert('i2', 'Ik weet wat de anderen in het team met het gezin doen.', 'delen', TEAM_LABELS),
    likert('i3', 'We nemen belangrijke besluiten over de hulp samen.', 'partnerschap', TEAM_LABELS),
    likert('i4', 'Ik voel me een gelijkwaardige partner in dit team.', 'partnerschap', TEAM_LABELS),
    likert('i5', 'Eén persoon of organisatie bepaalt hoe het gaat, ook als anderen het er niet mee eens zijn.', 'macht', TEAM_LABELS, true),
    likert('i6', 'Iedereen in het team kan zijn mening geven, ook als die anders is.', 'macht', TEAM_LABELS),
    likert('i7', 'We hebben elkaar nodig om het gezin goed te helpen.', 'afhankelijkheid', TEAM_LABELS),
    likert('i8', 'Ik kan mijn werk met dit gezin net zo goed doen zonder de anderen.', 'afhankelijkheid', TEAM_LABELS, true),
    likert('i9', 'We vullen elkaar aan met onze kennis en ervaring.', 'afhankelijkheid', TEAM_LABELS),
    likert('i10', 'We hebben duidelijke afspraken over wie wat doet.', 'proces', TEAM_LABELS),
    likert('i11', 'We kijken regelmatig samen terug op hoe de samenwerking gaat.', 'proces', TEAM_LABELS),
  ],
  subscales: [
    { id: 'delen', name: 'Delen', method: 'SUM' },
    { id: 'partnerschap', name: 'Partnerschap', method: 'SUM' },
    { id: 'macht', name: 'Macht', method: 'SUM' },
    { id: 'afhankelijkheid', name: 'Onderlinge afhankelijkheid', method: 'SUM' },
    { id: 'proces', name: 'Proces', method: 'SUM' },
  ],
  scoring: {
    total: 'MEAN',
    thresholds: [{ id: 't-laag', scope: 'TOTAL', kind: 'BELOW', value: 3, label: 'Teamsamenwerking onder de 3' }],
    referenceLines: [{ id: 'r-goed', scope: 'TOTAL', value: 4, label: 'Goede teamsamenwerking' }],
    splitSpread: null,
  },
};

/** Demo instruments, each ready to publish as version 1 with its changelog. */
export const DEMO_INSTRUMENTS: { slug: string; definition: InstrumentDefinition; changelog: string }[] = [
  {
    slug: 'samenwerkingsthermometer',
    definition: samenwerkingsthermometer,
    changelog: 'Eerste versie: vier vragen op een schaal van 0 tot 10, met een signaal bij een score onder de 6 en bij een daling van 2 punten of meer.',
  },
  {
    slug: 'meervoudige-alliantiecheck',
    definition: meervoudigeAlliantiecheck,
    changelog: 'Eerste versie: negen stellingen in drie onderdelen, een keuzevraag en een open vraag. Met signalen bij een gemiddelde onder de 3, een daling van 0,8 en een gespleten alliantie.',
  },
  {
    slug: 'interprofessionele-teamscan',
    definition: interprofessioneleTeamscan,
    changelog: 'Eerste versie: elf stellingen in vijf onderdelen, met een signaal bij een gemiddelde onder de 3.',
  },
];
