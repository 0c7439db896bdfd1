import { found } from '../testing/found';

describe('NAME', () => {
  it.each([
    ['In het gezin Jansen spelen zorgen.', ['Jansen']],
    ['Mevrouw De Vries belde.', ['De Vries']],
    ['meneer El Amrani is boos', ['El Amrani']],
    ['Dhr. J.P. van Dam, mw. Yılmaz en fam. Nguyen', ['J.P. van Dam', 'Yılmaz', 'Nguyen']],
    ['Het gezin Van der Meer woont in Zwolle.', ['Van der Meer']],
    ['Moeder Fatima (38) en vader Ahmed', ['Fatima', 'Ahmed']],
    ['Zoon Daan (8) en dochter Emma (6)', ['Daan', 'Emma']],
    ['Pleegmoeder Gerlinde belt vaak.', ['Gerlinde']],
    ['de stiefvader, Ronald, werkt veel', ['Ronald']],
    ['Fatima El Amrani-Bakkali vertelt', ['Fatima El Amrani-Bakkali']],
    ['Daan de Boer en Emma van den Berg', ['Daan de Boer', 'Emma van den Berg']],
    ['Sem vertelt dat hij slecht slaapt.', ['Sem']],
    ['Volgens Jayden gaat het goed.', ['Jayden']],
    ['Jaydy (8) en Quintin (6) spelen buiten.', ['Jaydy', 'Quintin']],
    ['Yvonne, 41 jaar, werkt in de zorg.', ['Yvonne']],
    ['Xiomara vertelt dat zij zwanger is.', ['Xiomara']],
    ['Kinderen: Jayden, Mila en Noor.', ['Jayden', 'Mila', 'Noor']],
    ["Fatima's dochter Hiba", ['Fatima', 'Hiba']],
    ['Anna Nijhuis, Sem Koning en Emma Verkerk', ['Anna Nijhuis', 'Sem Koning', 'Emma Verkerk']],
    ['de moeder van Sem', ['Sem']],
    ['zoon daan (8)', ['daan']],
    ['Naam: Shanaya-Lee Ramdin', ['Shanaya-Lee Ramdin']],
    ['Jan-Willem en Anna-Lena komen ook.', ['Jan-Willem', 'Anna-Lena']],
    ['Dhr. Van \'t Hof vraagt om een gesprek.', ["Van 't Hof"]],
  ])('finds the names in %j', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });

  it('leaves a namesake of an institution alone, also where the text mentions the namesake itself', () => {
    expect(found('Lesbrief van het Anne Frank Huis. We lezen het dagboek van Anne Frank.', 'NAME')).toEqual([]);
    expect(found('Logeren in het Ronald McDonald Huis.', 'NAME')).toEqual([]);
    expect(found('Het Anne Frank Huis. Moeder Anne de Vries belt.', 'NAME')).toEqual(['Anne de Vries']);
    expect(found('Dochter Emma (6) ligt in het Emma Kinderziekenhuis.', 'NAME')).toEqual(['Emma']);
  });

  it('repeats a known first name typed in lower case', () => {
    expect(found('vader (Erik) werkt veel. erik wil geen hulp.', 'NAME')).toEqual(['Erik', 'erik']);
    expect(found('Dochter Roos (8) speelt. ze kreeg een roos.', 'NAME')).toEqual(['Roos']);
  });

  it('repeats a name found from its context', () => {
    expect(found('Het gezin Bakkali woont hier. Bakkali geeft aan dat het zwaar is.', 'NAME')).toEqual(['Bakkali', 'Bakkali']);
  });

  it('joins an unknown name to a known one', () => {
    expect(found('Moeder zorgt voor Mayla en Julia. Mayla slaapt slecht.', 'NAME')).toEqual(['Mayla', 'Julia', 'Mayla']);
    expect(found('Aandachtsleerlingen: Ilay (dyslexie), Senna (werkhouding), Meryem (NT2).', 'NAME')).toEqual(['Ilay', 'Senna', 'Meryem']);
  });

  it('takes a year after a single first name as a year of birth, after a full name as a citation', () => {
    expect(found('Kinderen: Sem (2015) en Lotte (2017). Carl Rogers (1957) schreef erover.', 'NAME')).toEqual(['Sem', 'Lotte']);
  });

  it.each([
    'Volgens Bordin (1979) en D\'Amour et al. (2005) is de alliantie belangrijk.',
    'Moeder (38) vertelt dat de jeugdconsulent en de huisarts overleggen.',
    'Op Maandag 12 maart om 10.00 uur in Utrecht.',
    'Veilig Thuis en de Raad voor de Kinderbescherming overleggen.',
    'Ben je er morgen? Wil je bellen? Max. 12 deelnemers.',
    'Het Emma Kinderziekenhuis en het Prinses Máxima Centrum werken samen.',
    'De Jeroen Bosch Ziekenhuis-locatie en de Anne Frank School.',
    'Moeder woont in Helmond en vader in Oss.',
    'Inmiddels is duidelijk dat het beter gaat. Tegelijk vertelt moeder dat ze moe is.',
    'Daarom vertelt zij het aan de mentor.',
    'Mevrouw B. heeft het moeilijk.',
    'Signs of Safety en Samen Sterk zijn methoden.',
    'De gemeente Delft en het wijkteam Noord.',
    'Postcode 3814 MR Delft',
    'Jan 2024 en Sep. 12 zijn data.',
    'Kinderen. Factuur 12 is betaald.',
    "D'Amour, D., Ferrada-Videla, M., San Martin Rodriguez, L., & Beaulieu, M.D. (2005).",
    'Werk voelt zwaar en Armoede slaat toe. Cultuur speelt daarbij een rol.',
    'Na de verhuizing naar Utrecht, Groningen en Zwolle was het druk.',
    'Amersfoort wil meer preventie; Lucas Onderwijs en Nova College doen mee.',
  ])('finds no name in %j', (text) => {
    expect(found(text, 'NAME')).toEqual([]);
  });
});
