// Names, streets, places and organisations for the planted corpus. Some first names are deliberately
// missing from the library's first-name list (RARE_*): those are only caught from their context.

export const WOMEN = `Fatima Yvonne Petra Sandra Samira Naima Linda Esther Monique Ingrid Saskia Marloes Anouk Kim Ayse Zeynep
Hatice Emine Malika Khadija Nadia Sharon Kelly Priscilla Shanice Anjali Sunita Agnieszka Katarzyna Olena Iryna
Senait Hodan Marianne Wendy Chantal Angelique Jolanda Miranda Karin Tamara Jessica Naomi Mirjam Annemarie Ilse
Elif Merve Yasmina Amina Loubna Hanneke Marieke Bianca Daphne Manon Rianne Astrid`.split(/\s+/);

export const MEN = `Mohammed Ahmed Youssef Mustafa Mehmet Hasan Ibrahim Peter Johan Marco Dennis Patrick Erik Mark Kevin Jeroen
Richard Ronald Sander Bas Henk Gerrit Rachid Karim Samir Hicham Burak Emre Murat Ashwin Rajesh Winston Marvin
Piotr Tomasz Oleksandr Dmytro Yonas Dawit Abdi Frank Hans Wim Robin Martijn Stefan Niels Vincent Arjan Remco`.split(/\s+/);

export const CHILDREN = `Sem Daan Noah Liam Lucas Levi Finn Milan Luuk Bram Jesse Thijs Ruben Tijn Mees Sven Jayden Rayan Ayoub
Ilyas Adam Amir Bilal Hamza Yusuf Emir Kerem Efe Jurre Owen Dex Emma Julia Mila Tess Sophie Zoë Sara Nora Yara
Eva Lotte Evi Noor Anna Milou Saar Nina Fleur Lieke Aya Nour Hiba Salma Imane Ecrin Elif Defne Lina Maud Isa
Femke Jasmijn Luna Liv Fenna Shanaya Kimora Oliwia Zuzanna Sofiia`.split(/\s+/);

// Not in the library's first-name list: recall on these shows how far context alone carries.
export const RARE_WOMEN = `Xiomara Gerlinde Fardau Rinske Jantien Trijntje Anouschka Gwenaëlle Marlous Dieuwke Shurandy Chenoa Idske Wubkje Hiske`.split(/\s+/);
export const RARE_MEN = `Wubbo Teije Folkert Hylke Germ Jurriaan Rutger-Jan Ouassim Jaydy Djayden Sjors Tjalling Merijn Yorick Gerbrand`.split(/\s+/);
export const RARE_CHILDREN = `Jaydy Djayson Shanaya-Lee Quintin Tygo Mayla Kenza Jaivey Novi Zenna Fedde Sterre Jelte Naïla Nova-Lynn`.split(/\s+/);

// [capitalised form after mevrouw/meneer/gezin, form after a first name]
export const SURNAMES = [
  ['Jansen', 'Jansen'], ['De Vries', 'de Vries'], ['Van den Berg', 'van den Berg'], ['Van Dijk', 'van Dijk'], ['Bakker', 'Bakker'],
  ['Visser', 'Visser'], ['Smit', 'Smit'], ['Meijer', 'Meijer'], ['De Boer', 'de Boer'], ['Mulder', 'Mulder'], ['De Groot', 'de Groot'],
  ['Bos', 'Bos'], ['Vos', 'Vos'], ['Peters', 'Peters'], ['Hendriks', 'Hendriks'], ['Van Leeuwen', 'van Leeuwen'], ['Dekker', 'Dekker'],
  ['Brouwer', 'Brouwer'], ['De Wit', 'de Wit'], ['Dijkstra', 'Dijkstra'], ['Van der Meer', 'van der Meer'], ['Kok', 'Kok'],
  ['Jacobs', 'Jacobs'], ['De Haan', 'de Haan'], ['Vermeulen', 'Vermeulen'], ['Van der Linden', 'van der Linden'], ['Hoekstra', 'Hoekstra'],
  ['El Amrani', 'El Amrani'], ['Bakkali', 'Bakkali'], ['El Idrissi', 'El Idrissi'], ['Benali', 'Benali'], ['Ouali', 'Ouali'],
  ['Yılmaz', 'Yılmaz'], ['Kaya', 'Kaya'], ['Demir', 'Demir'], ['Şahin', 'Şahin'], ['Çelik', 'Çelik'], ['Öztürk', 'Öztürk'],
  ['Ramdin', 'Ramdin'], ['Sardjoe', 'Sardjoe'], ['Pinas', 'Pinas'], ['Kowalski', 'Kowalski'], ['Nowak', 'Nowak'], ['Tesfay', 'Tesfay'],
  ['Ahmadi', 'Ahmadi'], ['Nguyen', 'Nguyen'], ['Van \'t Hof', 'van \'t Hof'], ['Ter Horst', 'ter Horst'], ['Jansen-de Vries', 'Jansen-de Vries'],
  ['Boukhari', 'Boukhari'], ['Koster', 'Koster'], ['Willems', 'Willems'], ['Schouten', 'Schouten'], ['Verhoeven', 'Verhoeven'],
];

export const STREETS = `Kerkstraat Dorpsstraat Hoofdstraat Molenweg Stationsweg Julianalaan Beatrixstraat Wilhelminastraat
Schoolstraat Lindenlaan Eikenlaan Berkenweg Populierenlaan Rozenstraat Tulpstraat Marktplein Kerkplein Havenkade
Spoorsingel Hoogstraat Beukendreef Sportlaan Zeedijk Weteringschans Noordsingel Parkweg Emmastraat Nassaulaan
Prinsengracht Meidoornhof Esdoornpad Vlasakker Brinkpad Ganzenmarkt Zuiderhaven Stadhouderskade`.split(/\s+/);

export const MULTIWORD_STREETS = ['Van Goghlaan', 'Burg. de Kockstraat', 'Oude Gracht', 'Jan van Galenstraat', 'Laan van Meerdervoort',
  'Prins Hendrikkade', 'Anna Paulownastraat', 'Dr. Schaepmanstraat', 'De Ruijterkade', 'Burgemeester Roelenweg', 'Nieuwe Binnenweg',
  'Van der Helststraat', 'Graaf Florislaan', 'Hoge Rijndijk', 'Lange Voorhout', 'Lange Nieuwstraat'];

// Streets without a known ending: only flagged after "woont aan de", "adres:" and the like.
export const PLAIN_STREETS = ['Overtoom', 'Damrak', 'Rokin', 'Coolsingel', 'Lijnbaan', 'Spui', 'Vismarkt', 'Nieuwendijk', 'Weena', 'Kalverstraat'];

export const PLACES = `Utrecht Amsterdam Rotterdam Den Haag Nijmegen Arnhem Zwolle Deventer Apeldoorn Groningen Leeuwarden Emmen
Tilburg Breda Eindhoven Venlo Heerlen Almere Lelystad Amersfoort Ede Veenendaal Gouda Leiden Haarlem Alkmaar Hoorn
Zaandam Dordrecht Schiedam Delft Zoetermeer Oss Helmond Roosendaal Doetinchem Harderwijk Meppel Sneek`.split(/\s+/);

export const ORGS = ['Veilig Thuis', 'de Raad voor de Kinderbescherming', 'het wijkteam', 'de GGD', 'Jeugdbescherming Gelderland',
  'het sociaal team', 'de huisartsenpraktijk', 'Humanitas', 'de Voedselbank', 'het consultatiebureau', 'Leger des Heils',
  'de schuldhulpverlening', 'Lindenhout', 'Karakter', 'Pro Persona', 'Accare', 'Altra', 'het Centrum voor Jeugd en Gezin'];

export const ROLES = ['de jeugdconsulent', 'de gezinscoach', 'de intern begeleider', 'de huisarts', 'de wijkcoach', 'de mentor',
  'de schoolmaatschappelijk werker', 'de jeugdverpleegkundige', 'de gezinsvoogd', 'de ambulant begeleider', 'de casemanager',
  'de praktijkondersteuner', 'de leerplichtambtenaar', 'de orthopedagoog', 'de psychiater', 'de behandelaar'];

export const EMAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.com', 'live.nl', 'ziggo.nl', 'kpnmail.nl', 'icloud.com',
  'xs4all.nl', 'planet.nl', 'home.nl', 'yahoo.com', 'student.roc-nijmegen.nl', 'mail.gezinsbond.be', 'wijkteam-oost.nl'];
