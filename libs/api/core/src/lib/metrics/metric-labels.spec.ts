import { loadConfig } from '../config/app-config';
import { BoundedLabel, metricsAccess, methodLabel, OPERATION_NAME, routeLabel, statusClass } from './metric-labels';

describe('metric labels stay bounded', () => {
  it('keeps sane operation names up to the cap, then reports other', () => {
    const label = new BoundedLabel(2, OPERATION_NAME);
    expect(label.of('CommunityFeed')).toBe('CommunityFeed');
    expect(label.of('has space')).toBe('other');
    expect(label.of('x'.repeat(65))).toBe('other');
    expect(label.of('PostMessage')).toBe('PostMessage');
    expect(label.of('ThirdName')).toBe('other');
    // Names seen before the cap keep their own series.
    expect(label.of('CommunityFeed')).toBe('CommunityFeed');
  });

  it('labels HTTP requests by declared route, never by raw URL', () => {
    expect(routeLabel({ url: '/api/agenda/secretvalue.ics', route: { path: '/api/agenda/:file' } }, 'GET', 200)).toBe('/api/agenda/:file');
    expect(routeLabel({ url: '/graphql?x=1' }, 'POST', 413)).toBe('/graphql');
    expect(routeLabel({ url: '/gemeenschap/swag' }, 'GET', 200)).toBe('static');
    expect(routeLabel({ url: '/whatever/abcdef' }, 'GET', 404)).toBe('unmatched');
    expect(methodLabel('BREW')).toBe('other');
    expect(statusClass(503)).toBe('5xx');
  });
});

describe('who may read /metrics', () => {
  const local = { remoteAddress: '127.0.0.1', forwarded: false };
  it('with METRICS_TOKEN: the bearer of that token only, from anywhere', () => {
    const config = { nodeEnv: 'production', metricsToken: 'scrape-token-abcdefgh' };
    expect(metricsAccess(config, { ...local, authorization: 'Bearer scrape-token-abcdefgh' })).toBe('allowed');
    expect(metricsAccess(config, { remoteAddress: '203.0.113.9', forwarded: true, authorization: 'Bearer scrape-token-abcdefgh' })).toBe('allowed');
    expect(metricsAccess(config, { ...local, authorization: 'Bearer scrape-token-abcdefgX' })).toBe('unauthenticated');
    expect(metricsAccess(config, local)).toBe('unauthenticated');
  });

  it('without a token: open outside production; in production only direct loopback connections', () => {
    expect(metricsAccess({ nodeEnv: 'development', metricsToken: '' }, { remoteAddress: '203.0.113.9', forwarded: true })).toBe('allowed');
    const prod = { nodeEnv: 'production', metricsToken: '' };
    expect(metricsAccess(prod, local)).toBe('allowed');
    expect(metricsAccess(prod, { remoteAddress: '::ffff:127.0.0.1', forwarded: false })).toBe('allowed');
    expect(metricsAccess(prod, { remoteAddress: '127.0.0.1', forwarded: true })).toBe('forbidden');
    expect(metricsAccess(prod, { remoteAddress: '10.1.2.3', forwarded: false })).toBe('forbidden');
  });

  it('validates METRICS_TOKEN at boot', () => {
    expect(loadConfig({ DATA_DIR: 'memory://' }).metricsToken).toBe('');
    expect(loadConfig({ DATA_DIR: 'memory://', METRICS_TOKEN: 'scrape-token-abcdefgh' }).metricsToken).toBe('scrape-token-abcdefgh');
    expect(() => loadConfig({ DATA_DIR: 'memory://', METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be 16 to 256 printable characters/);
  });
});
