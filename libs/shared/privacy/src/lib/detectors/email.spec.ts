import { found } from '../testing/found';

describe('EMAIL', () => {
  it.each([
    'fatima.el-amrani+zorg@mail.gezin.nl',
    'J.de.Vries@ziggo.nl',
    'FATIMA.ELAMRANI@GMAIL.COM',
    'jan_jansen1979@hotmail.com',
    'info@wijkteam-oost.nl',
    'a.b.c.d@sub.domain.example.co.uk',
    'jan(at)ziggo.nl',
    'jan [at] ziggo.nl',
  ])('finds %s', (email) => {
    expect(found(`Mail naar ${email}. Dank!`, 'EMAIL')).toEqual([email]);
  });

  it('does not take a sentence-final dot or surrounding brackets', () => {
    expect(found('(mail: a.jansen@live.nl).', 'EMAIL')).toEqual(['a.jansen@live.nl']);
  });

  it.each(['We zijn @ 10 uur in kamer 2.', 'Volg @kennislijn op sociale media.', 'Zie www.kennislijn.nl/over.', 'jan@localhost'])('finds nothing in %j', (t) => {
    expect(found(t, 'EMAIL')).toEqual([]);
  });
});
