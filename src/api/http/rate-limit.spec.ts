import type { FastifyRequest } from 'fastify';
import { TooManyRequestsError, rateLimitKey } from './rate-limit';

const request = (ip: string, subject?: string) =>
  ({ ip, ...(subject && { principal: { subject } }) }) as FastifyRequest & { principal?: { subject: string } };

describe('the rate limit', () => {
  it('counts the authenticated subject wherever he asks from, and requests without one by their address', () => {
    expect(rateLimitKey(request('10.0.0.1', 'kp-zhang'))).toBe('subject:kp-zhang');
    expect(rateLimitKey(request('10.0.0.2', 'kp-zhang'))).toBe('subject:kp-zhang');
    expect(rateLimitKey(request('10.0.0.1'))).toBe('ip:10.0.0.1');
  });

  it('refuses with 429, in Chinese and English, saying when to ask again', () => {
    const error = new TooManyRequestsError(6000, 42);
    expect(error.statusCode).toBe(429);
    expect(error.message).toBe(
      '请求过于频繁：每人每分钟最多 6000 次，请 42 秒后再试 / Too many requests: at most 6000 a minute for each user; retry in 42 s',
    );
    expect(error.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 42 });
  });
});
