import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it.each([
    ['/uitnodiging/abcDEF_123-xyz', '/uitnodiging/[verborgen]'],
    ['/invullen/abcDEF_123-xyz?taal=en', '/invullen/[verborgen]?taal=en'],
    ['/api/agenda/abcDEF_123-xyzabcDEF_123.ics', '/api/agenda/[verborgen].ics'],
    ['/api/agenda/abcDEF_123-xyz', '/api/agenda/[verborgen]'],
  ])('hides the secret in %s', (url, expected) => expect(redactUrl(url)).toBe(expected));

  it('leaves other paths alone', () => {
    for (const url of ['/graphql', '/gemeenschappen/swag', '/assets/index-abc.js', '/health/live']) expect(redactUrl(url)).toBe(url);
  });
});
