import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['connection reset', withCode('ECONNRESET')],
    ['fast shutdown or failover (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['starting up or recovering (57P03)', withCode('57P03', 'the database system is starting up')],
    ['a connection exception (class 08)', withCode('08006')],
    ['a dropped connection, which pg reports without a code', new Error('Connection terminated unexpectedly')],
    ['pg-pool giving up on connecting', new Error('timeout exceeded when trying to connect')],
    ['a query on a connection that broke', new QueryFailedError('SELECT 1', [], withCode('57P01'))],
    ['every address refusing (AggregateError)', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])],
    ['a wrapped cause', new Error('outer', { cause: withCode('ECONNREFUSED') })],
  ])('recognises %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], withCode('23505'))],
    ['a syntax error', withCode('42601')],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['nothing at all', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('leaves alone %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
