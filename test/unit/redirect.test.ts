import { describe, expect, it } from 'vitest';
import { safeRedirect } from '../../src/flow/redirect.js';

const here = 'https://app.example.com/sign-in?redirect_url=x';

describe('safeRedirect', () => {
  it.each([
    ['/dashboard', 'https://app.example.com/dashboard'],
    ['dashboard?tab=2#top', 'https://app.example.com/dashboard?tab=2#top'],
    ['https://app.example.com/settings', 'https://app.example.com/settings'],
    ['/files/a%20b', 'https://app.example.com/files/a%20b'],
    // Without slashes a same-scheme URL is relative; the resolved absolute URL, not the input, is followed.
    ['https:evil.example', 'https://app.example.com/evil.example'],
  ])('follows %s on the same origin', (url, expected) => {
    expect(safeRedirect(url, here)).toBe(expected);
  });

  it('follows an origin the app allows, and only that one', () => {
    expect(safeRedirect('https://admin.example.com/x', here, ['https://admin.example.com'])).toBe('https://admin.example.com/x');
    expect(safeRedirect('https://admin.example.com.evil.test/x', here, ['https://admin.example.com'])).toBeNull();
    expect(safeRedirect('http://admin.example.com/x', here, ['https://admin.example.com'])).toBeNull();
  });

  it.each([
    'https://evil.example/steal',
    'http://app.example.com/downgraded',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://app.example.com/1b7e8f2a',
    '//evil.example/x',
    '///evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example/x',
    '\\/evil.example/x',
    ' //evil.example',
    '%2F%2Fevil.example',
    '/%2F%2Fevil.example',
    '%5C%5Cevil.example',
    '/%5Cevil.example',
    'javascript%3Aalert(1)',
    '%6A%61%76%61%73%63%72%69%70%74%3Aalert(1)',
    '%252F%252Fevil.example',
    'https://app.example.com@evil.example/',
    'https://user:pass@app.example.com/',
    '%E0%A4%A',
    '/./\\evil.example',
    '/.//evil.example',
    '/..//evil.example',
    'https://app.example.com//evil.example',
    '/%2E/%2Fevil.example',
    // Relative without a leading slash: they resolve under this host, to a path a decoding server
    // turns into `//evil.example`.
    '%5Cevil.example',
    '%2Fevil.example',
    '%09/evil.example',
    '%2F%5Cevil.example',
    // Encoded four times: past any fixed number of rounds but the decode-until-stable one.
    '%25252F%25252Fevil.example',
    // Safe as text at every decoding, but a server that decodes the path and redirects to it resolves
    // a dot segment or a backslash on the way: `/.\%2F../` becomes `/%2F../`, then `//../`, a host.
    '%2E%5C%252F../',
    '..%2F%252F../',
    // The plain `..` removes one segment that decodes to three: the path left decodes to `/..//evil.example`.
    '/a%2Fb%2Fc/../..%2F%2Fevil.example',
  ])('refuses %j', (url) => {
    expect(safeRedirect(url, here)).toBeNull();
  });

  it('keeps an encoded slash inside a path, which stays on this host however it is decoded', () => {
    expect(safeRedirect('/files/a%2Fb', here)).toBe('https://app.example.com/files/a%2Fb');
    expect(safeRedirect('/docs/../files/a%2F..%2Fb', here)).toBe('https://app.example.com/files/a%2F..%2Fb');
  });

  describe('given Clerk’s wildcard and RegExp forms of allowed origins', () => {
    it('follows any subdomain of a wildcard origin, but not the bare domain, another scheme or a lookalike', () => {
      const allowed = ['https://*.example.org'];
      expect(safeRedirect('https://admin.example.org/x', here, allowed)).toBe('https://admin.example.org/x');
      expect(safeRedirect('https://a.b.example.org/x', here, allowed)).toBe('https://a.b.example.org/x');
      expect(safeRedirect('https://example.org/x', here, allowed)).toBeNull();
      expect(safeRedirect('http://admin.example.org/x', here, allowed)).toBeNull();
      expect(safeRedirect('https://admin.example.org.evil.test/x', here, allowed)).toBeNull();
      expect(safeRedirect('https://evilexample.org/x', here, allowed)).toBeNull();
    });

    it('tests a RegExp against the whole origin, the same way every time', () => {
      const allowed = [/^https:\/\/(admin|billing)\.example\.org$/g];
      expect(safeRedirect('https://billing.example.org/x', here, allowed)).toBe('https://billing.example.org/x');
      expect(safeRedirect('https://billing.example.org/y', here, allowed)).toBe('https://billing.example.org/y');
      expect(safeRedirect('https://billing.example.org.evil.test/x', here, allowed)).toBeNull();
    });
  });
});
