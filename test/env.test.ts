import { describe, expect, it } from 'vitest';
import { loadEnv } from '../src/env';

describe('loadEnv', () => {
  it('defaults to loopback with links on http://localhost:PORT, so npm start works on a fresh machine', () => {
    const env = loadEnv({ PORT: '3100' });
    expect(env.HOST).toBe('127.0.0.1');
    expect(env.PUBLIC_URL).toBe('http://localhost:3100');
  });

  it('refuses to start on a non-loopback address without PUBLIC_URL, with a message naming it', () => {
    expect(() => loadEnv({ HOST: '0.0.0.0' })).toThrow(/PUBLIC_URL: required when HOST \(0\.0\.0\.0\)/);
  });

  it('accepts a non-loopback address with PUBLIC_URL and drops its trailing slash', () => {
    expect(loadEnv({ HOST: '0.0.0.0', PUBLIC_URL: 'https://maatstaf.example.nl/' }).PUBLIC_URL).toBe(
      'https://maatstaf.example.nl',
    );
  });

  it('refuses a PUBLIC_URL that is not http or https', () => {
    expect(() => loadEnv({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
  });
});
