import { Logger } from '@nestjs/common';
import { AppException } from './app.exception';
import { toPublicError } from './all-exceptions.filter';
import { formatGraphqlError } from './format-graphql-error';
import { languageFrom } from './language';
import { flattenValidationErrors } from './validation';

const silent = { error: jest.fn(), warn: jest.fn() } as unknown as Logger;

describe('languageFrom', () => {
  it.each([
    [undefined, 'nl'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['fr-FR,en;q=0.5,nl;q=0.9', 'nl'],
    ['de', 'nl'],
  ])('%s -> %s', (header, expected) => expect(languageFrom(header)).toBe(expected));
});

describe('toPublicError', () => {
  it('translates AppException messages and field messages', () => {
    const e = AppException.badInput([{ field: 'password', key: 'validation.passwordTooShort', params: { min: 10 } }]);
    expect(toPublicError(e, 'en', 'r1', silent)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Some fields are not filled in correctly.',
      fields: [{ field: 'password', message: 'Your password must be at least 10 characters long.' }],
      requestId: 'r1',
    });
  });

  it('hides internal errors behind INTERNAL_SERVER_ERROR with the request id', () => {
    const e = new Error('relation "secret_table" does not exist at SELECT * FROM secret_table');
    const out = toPublicError(e, 'nl', 'req-42', silent);
    expect(out.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).toContain('req-42');
    expect(JSON.stringify(out)).not.toContain('secret_table');
  });

  it('gives an internal error outside a request (a socket event) an id to quote, the same one it logs', () => {
    const logger = { error: jest.fn(), warn: jest.fn() } as unknown as Logger;
    const out = toPublicError(new Error('boom'), 'en', undefined, logger);
    expect(out.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.message).toContain(out.requestId as string);
    expect(logger.error).toHaveBeenCalledWith(expect.objectContaining({ requestId: out.requestId }), 'unhandled error');
  });

  it('reports a lost database as SERVICE_UNAVAILABLE, not an internal error', () => {
    const e = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(toPublicError(e, 'nl', undefined, silent).code).toBe('SERVICE_UNAVAILABLE');
  });

  it('reports a restarting database or an unreachable Redis as SERVICE_UNAVAILABLE', () => {
    const lost = [
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('terminating connection because of crash of another server process'), { code: '57P02' }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('sorry, too many clients already'), { code: '53300' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      Object.assign(new Error('Reached the max retries per request limit (which is 3). Refer to "maxRetriesPerRequest" option for details.'), { name: 'MaxRetriesPerRequestError' }),
      new Error('Command timed out'),
    ];
    for (const e of lost) expect(toPublicError(e, 'en', undefined, silent)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('unavailable') });
    expect(toPublicError(Object.assign(new Error('duplicate key value'), { code: '23505' }), 'en', undefined, silent).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('gives RATE_LIMITED a retry time', () => {
    const out = toPublicError(AppException.rateLimited(125), 'nl', undefined, silent);
    expect(out).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 125 });
    expect(out.message).toContain('3 minuten');
  });
});

describe('formatGraphqlError', () => {
  it('strips stack traces and replaces unknown codes', () => {
    const out = formatGraphqlError({ message: 'QueryFailedError: duplicate key', extensions: { code: 'WEIRD', stacktrace: ['at x'] } });
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: undefined });
    expect(out.message).not.toContain('duplicate');
  });

  it('keeps known codes and their details', () => {
    const out = formatGraphqlError({ message: 'x', extensions: { code: 'CONFLICT', fields: [], stacktrace: ['y'] } });
    expect(out.extensions).toEqual({ code: 'CONFLICT', fields: [] });
  });
});

describe('flattenValidationErrors', () => {
  it('reads keys and parameters from class-validator messages', () => {
    const out = flattenValidationErrors([
      { property: 'password', constraints: { minLength: 'validation.passwordTooShort|min=10' }, children: [] },
      { property: 'email', constraints: { isEmail: 'email must be an email' }, children: [] },
    ]);
    expect(out).toEqual([
      { field: 'password', key: 'validation.passwordTooShort', params: { min: 10 } },
      { field: 'email', key: 'validation.email' },
    ]);
  });
});
