// Words around client names: the words that announce a name ("mevrouw", "moeder", "het gezin") and the
// capitalised words that are never names (function words, roles, organisations, months, days, nationalities).
import { fold } from '../text/tokenize';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean).map(fold);

/** Titles and family words after which a surname, initials and tussenvoegsels follow: "mevrouw De Vries", "gezin Jansen". */
export const HONORIFICS: ReadonlySet<string> = new Set(words(`
  mevrouw mevr mw mvr meneer mijnheer heer dhr hr mr mrs ms miss fam familie families gezin gezinnen echtpaar
  huishouden mister madame monsieur juffrouw naam achternaam voornaam roepnaam meisjesnaam
`));

/** Relations and roles of clients, followed by a (first) name: "moeder Fatima", "zoon Daan", "cliënt Jansen". */
export const RELATIONS: ReadonlySet<string> = new Set(words(`
  moeder vader ouder ouders zoon dochter broer zus zuster oma opa tante oom neef nicht kind kinderen baby jongen
  meisje jongere jongeren cliënt cliënte client cliente cliënten clienten pupil leerling leerlinge patiënt
  patient partner ex-partner expartner ex echtgenoot echtgenote man vrouw vriend vriendin vriendje vriendinnetje
  zoontje dochtertje broertje zusje broers zussen kleinzoon kleindochter kleinkind grootmoeder grootvader
  schoonmoeder schoonvader schoonzoon schoondochter stiefvader stiefmoeder stiefzoon stiefdochter stiefbroer
  stiefzus pleegmoeder pleegvader pleegzoon pleegdochter pleegkind pleegouders halfbroer halfzus tweeling
  tweelingbroer tweelingzus bewoner bewoonster buurman buurvrouw peuter kleuter puber tiener zuigeling
  betrokkene aanvrager melder deelnemer deelneemster huurder mama papa mam pap mother father son daughter
  brother sister boy girl child grandma grandpa aunt uncle jongetje meid knul jochie zorgvrager hulpvrager
  adoptiefmoeder adoptiefvader gastmoeder gastvader gastouder verzorger verzorgster mentee weduwe weduwnaar
  schoonzus zwager zwagerin neefje nichtje buurjongen buurmeisje gezinslid jeugdige minderjarige klant
  slachtoffer verdachte jongste oudste middelste verloofde
`));

/** Relation words that may end a compound: "adoptiefmoeder", "pleegkind", "kleinzoon". */
export const RELATION_SUFFIXES: readonly string[] = ['moeder', 'vader', 'zoon', 'dochter', 'broer', 'zus', 'zusje', 'broertje', 'ouders', 'kind'];

const FUNCTION_WORDS = `
  de het een en of maar want dus dan als in op aan bij met voor na naar om uit tot van over onder door tegen
  zonder tussen binnen buiten sinds tijdens vanaf vanuit volgens ook nog wel niet geen alle elke ieder iedere
  deze die dat dit wat wie waar wanneer hoe waarom welke welk zij hij ze wij we ik jij je u hun haar zijn mijn
  ons onze er hier daar toen nu morgen gisteren vandaag daarna daarom daarbij daarnaast verder echter
  bovendien tevens eerst later soms vaak altijd nooit samen ja nee oké ok graag dank bedankt beste hallo hoi
  groet groeten vriendelijke mvg gr eind begin midden zowel noch hetzij zo toch al alleen even erg heel veel
  weinig meer minder meest eigenlijk misschien volgende vorige eerste tweede derde laatste
  zie zoals waarbij waardoor waarin waarmee hierbij hierdoor hiermee daarmee daardoor hoewel omdat doordat
  terwijl nadat voordat zodat zodra indien mits tenzij ondanks dankzij namens per via rond rondom circa
  daarin daarop daaruit daarvoor daarover daarvan daarmee hierin hierop hiervoor hierover ineens opeens
  inmiddels tegelijk tegelijkertijd vervolgens uiteindelijk gelukkig helaas vooral meestal regelmatig
  thuis buiten binnen onlangs eerder nadien sindsdien destijds vroeger nog steeds opvallend belangrijk
  niemand iemand iedereen men alles niets ieder elk beide beiden allebei sommigen anderen velen
  the and of to with for from by at on is are was be this that
`;

const ROLES_AND_ORGANISATIONS = `
  jeugdconsulent gezinscoach wijkcoach mentor leerkracht juf meester docent huisarts psycholoog psychiater
  orthopedagoog pedagoog maatschappelijk werker schoolmaatschappelijk jeugdverpleegkundige verpleegkundige
  casemanager regisseur behandelaar hulpverlener hulpverleners sociaal gezinsvoogd consulent coordinator
  teamleider manager directeur wijkagent politie leerplichtambtenaar begeleider ambulant trainer student
  studenten stagiair stagiaire supervisor coach zorgcoordinator kinderarts verloskundige kraamzorg
  consultatiebureau intern ib'er ib zorgverzekeraar wethouder ambtenaar jurist advocaat rechter
  gemeente wijkteam buurtteam jeugdteam sociaal team veilig thuis jeugdzorg jeugdhulp jeugdbescherming raad
  kinderbescherming school basisschool middelbare college lyceum mavo havo vwo vmbo mbo hbo wo
  universiteit hogeschool ziekenhuis kinderziekenhuis kliniek centrum stichting afdeling zorg welzijn
  kennislijn leerlijn leergemeenschap platform werkgroep overleg casuistiek casus cliëntsysteem netwerk
  huis kantoor instelling organisatie praktijk opvang crisisopvang vrouwenopvang kinderopvang bso kdv
  peuterspeelzaal zorgteam mdo rondetafel ouderavond oudergesprek intake evaluatie plan zorgplan
  ondersteuningsplan gezinsplan perspectiefplan signaleringsplan veiligheidsplan hulpverleningsplan
  bijlage fase stap module groep tabel figuur hoofdstuk versie kamer ronde week dag artikel lid niveau jaar
  leeftijd vraag opdracht thema sessie bijeenkomst deel punt score item totaal aantal gemiddeld klas
  leerjaar paragraaf pagina bladzijde noot bron sectie onderdeel optie scenario variant werkvorm
  bewindvoerder schuldhulpverlener verhuurder werkgever therapeut arts jeugdarts inbrenger voorzitter notulist
  verwijzer onderwijs wonen revalidatie gezinshuis woningcorporatie corporatie thuiszorg dagbesteding leerplicht
  moeder vader ouders zoon dochter kind kinderen gezin familie cliënt client jongere
  mevrouw meneer heer
  nederland nederlands nederlandse engels engelse turks turkse arabisch arabische marokkaans marokkaanse
  syrisch syrische pools poolse surinaams surinaamse antilliaans antilliaanse eritrees eritrese somalisch
  somalische afghaans afghaanse oekraiens oekraiense irakees irakese iraans iraanse koerdisch koerdische
  ghanees ghanese nigeriaans chinees chinese indonesisch molukse kaapverdiaans bulgaars bulgaarse roemeens
  roemeense hongaars hindoestaans hindoestaanse creools creoolse javaans javaanse braziliaans europees
  europese islamitisch islamitische christelijk christelijke joods joodse
  januari februari maart april mei juni juli augustus september oktober november december
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  kerst kerstmis pasen pinksteren ramadan suikerfeest offerfeest sinterklaas koningsdag bevrijdingsdag
  amsterdam rotterdam utrecht den haag eindhoven groningen tilburg almere breda nijmegen arnhem haarlem
  zwolle leiden maastricht dordrecht zoetermeer apeldoorn enschede amersfoort deventer leeuwarden ede
  haag haarlemmermeer zaanstad emmen westland venlo hengelo helmond oss amstelveen hilversum sittard heerlen
  alkmaar delft lelystad gouda assen hoorn purmerend schiedam vlaardingen capelle spijkenisse roosendaal
  bergen katwijk veenendaal barneveld harderwijk kampen meppel hoogeveen sneek heerenveen drachten den
  helder middelburg vlissingen goes terneuzen roermond weert venray doetinchem zutphen tiel culemborg
  wageningen nieuwegein houten zeist woerden veenendaal soest baarn bussum weesp almelo oldenzaal
  europa duitsland belgie frankrijk marokko turkije suriname curacao aruba syrie polen eritrea somalie
  afghanistan oekraine irak iran ethiopie ghana nigeria china indonesie roemenie bulgarije
  wmo jeugdwet participatiewet avg gdpr
  google teams zoom whatsapp outlook word excel
`;

/** Function words: never a name on their own, but a surname after a tussenvoegsel may be one ("Van der Meer"). */
export const FUNCTION_WORD_SET: ReadonlySet<string> = new Set(words(FUNCTION_WORDS));

/** Capitalised words that are never (part of) a person's name. */
export const NOT_NAME_CAPS: ReadonlySet<string> = new Set([...FUNCTION_WORD_SET, ...words(ROLES_AND_ORGANISATIONS), ...HONORIFICS, ...RELATIONS]);

// Endings of common nouns that stop a name from running on: "Emma Kinderziekenhuis", "Sem Basisschool".
const NOUN_ENDINGS = /(?:school|zorg|team|huis|centrum|heid|schap|ing|teit|isme|plan|overleg|gesprek|bureau|dienst|raad|hulp|opvang|kliniek|praktijk|instituut|stichting|afdeling|programma|project|methode|model|aanpak|college|lyceum|academie|fonds|vereniging|groep|bond|partners|kerk|moskee|museum|theater|stadion|fabriek|onderwijs|wonen|welzijn|revalidatie|datum|nummer|adres|naam|gegevens|telefoon|mail)$/;

export function looksLikeNoun(key: string): boolean {
  return NOUN_ENDINGS.test(key);
}

// Narrower: what follows a first name in the name of an organisation ("Emma Kinderziekenhuis", "Anne Frank
// School"). Surnames end in "-huis", "-ing" or "-kerk" too (Nijhuis, Koning, Verkerk), so those are not here.
const ORGANISATION_ENDINGS = /(?:school|ziekenhuis|centrum|college|lyceum|academie|stichting|fonds|kliniek|instituut|vereniging|praktijk|zorg|opvang|bureau|dienst|museum|theater|stadion|fabriek|onderwijs|welzijn|revalidatie|team|groep|programma|project|methode|model|aanpak|overleg|plan)$/;

export function looksLikeOrganisation(key: string): boolean {
  return ORGANISATION_ENDINGS.test(key);
}

/** Whole words that follow a namesake in the name of an institution: "Anne Frank Huis", "Ronald McDonald Huis". */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['huis', 'prijs', 'lezing', 'leerstoel', 'foundation', 'institute', 'hospice']);

export function isRelation(key: string): boolean {
  if (RELATIONS.has(key)) return true;
  if (key.includes('-')) return false;
  return RELATION_SUFFIXES.some((s) => key.length > s.length + 2 && key.endsWith(s));
}
