// Street-name endings and the common nouns that share them (so "Loopbaan 2" or "Werkveld 3" are not addresses).

/** Endings of Dutch street names, as the last part of a compound ("Kerkstraat") or a word of its own ("Oude Gracht"). */
export const STREET_SUFFIXES: readonly string[] = [
  'straatweg', 'straat', 'laan', 'weg', 'plein', 'gracht', 'burgwal', 'kade', 'singel', 'dreef', 'hof', 'park',
  'pad', 'steeg', 'dijk', 'plantsoen', 'markt', 'wal', 'haven', 'veld', 'baan', 'allee', 'boulevard', 'promenade',
  'vaart', 'wetering', 'vliet', 'kanaal', 'vest', 'brink', 'schans', 'sloot', 'akker', 'weide', 'erf', 'tuin',
  'hoven', 'dries', 'gaarde', 'stede', 'rade', 'horst', 'kamp', 'hout', 'bosch', 'donk', 'poort',
  'noorderring', 'zuiderring', 'oosterring', 'westerring', 'binnenring', 'buitenring', 'passage',
  'heuvel', 'berg', 'dal', 'heide', 'duin', 'kwartier', 'oever', 'rak', 'hoeve', 'molen', 'dwarsstraat', 'dam',
  'laantje', 'straatje', 'steegje', 'pleintje', 'hofje', 'diep', 'meent', 'bos', 'zijl', 'galerij',
];

/** Compound nouns that end like a street but are ordinary words in professional text. */
export const NOT_STREETS: ReadonlySet<string> = new Set([
  'loopbaan', 'leerpad', 'groeipad', 'zorgpad', 'ontwikkelpad', 'behandelpad', 'werkveld', 'praktijkveld',
  'speelveld', 'spanningsveld', 'krachtenveld', 'aandachtsveld', 'beleidsveld', 'arbeidsmarkt', 'woningmarkt',
  'zorgmarkt', 'kerkhof', 'gerechtshof', 'zomerkamp', 'trainingskamp', 'toegangspoort', 'onderweg', 'halfweg',
  'zijweg', 'uitweg', 'middenweg', 'tussenweg', 'snelweg', 'levensweg', 'ontwikkelweg', 'waterweg', 'speeltuin',
  'moestuin', 'sportpark', 'bedrijvenpark', 'pretpark', 'themapark', 'werkkamp', 'vluchtelingenkamp',
  'amsterdam', 'rotterdam', 'schiedam', 'zaandam', 'volendam', 'edam', 'monnickendam', 'leerdam', 'veendam',
  'appingedam', 'wijkteam', 'herberg', 'schandaal',
  'windmolen', 'ijsberg', 'beleidsterrein', 'tijdpad', 'stappenplan', 'vogelvlucht', 'kinderdagverblijf',
  'kennisveld', 'vakgebied', 'zorgveld', 'sociaaldomein', 'leerwerkplaats', 'wachtkamer', 'uitvalsweg',
  'achterstand', 'kruispunt', 'tussenjaar', 'ijsbaan', 'renbaan', 'draaibaan', 'scholierenveld',
]);

/** Words that may precede a street name: "Burg. de Kockstraat", "Prins Hendrikkade", "Van Goghlaan". */
export const STREET_PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'burg', 'dr', 'prof', 'st', 'mr', 'gen', 'kon', 'pr', 'mgr', 'ir', 'ds', 'past', 'jhr', 'kard', 'gebr', 'graaf',
]);

/** Suffix words that open a street name of the form "Laan van Meerdervoort 12". */
export const LEADING_STREET_WORDS: ReadonlySet<string> = new Set([
  'laan', 'plein', 'weg', 'kade', 'singel', 'dijk', 'gracht', 'markt', 'hof', 'park', 'dreef', 'burgwal',
  'boulevard', 'allee', 'plantsoen', 'straatweg',
]);

/** Tussenvoegsels that may stand inside a street or person name. */
// Prepositions that also occur in surnames ("in 't Veld", "op den Kamp") are left out: "moeder in Helmond".
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'der', 'den', "'t", 't', 'ter', 'ten', 'la', 'le', 'du', 'da',
  'di', 'del', 'della', 'dos', 'das', 'von', 'vom', 'zu', 'el', 'al', 'ul', 'bin', 'ibn', 'ben', 'abu', 'bou',
  'mac', 'lo', 'les', 'des', 'y', 'e',
]);
