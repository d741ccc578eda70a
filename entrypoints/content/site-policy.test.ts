import { describe, expect, it } from 'vitest';
import { effectiveUrl, parseMatchPattern, readContentPolicy, siteMatchesFrom, urlMatches, type ManagedAreaLike } from './site-policy.ts';

const loc = (href: string) => {
  const u = new URL(href);
  return { href, origin: u.origin, protocol: u.protocol };
};

describe('urlMatches (Chrome match patterns)', () => {
  const OUTLOOK = ['https://outlook.office.com/*'];
  it.each([
    ['https://outlook.office.com/mail/inbox', OUTLOOK, true],
    ['https://outlook.office.com/', OUTLOOK, true],
    ['http://outlook.office.com/mail', OUTLOOK, false], // scheme is part of the pattern
    ['https://outlook.office.com.evil.example/mail', OUTLOOK, false],
    ['https://evil.example/https://outlook.office.com/', OUTLOOK, false],
    ['https://a.outlook.office.com/mail', OUTLOOK, false], // no subdomains without *.
    ['https://sak.bergen.kommune.no/x', ['https://*.bergen.kommune.no/*'], true],
    ['https://bergen.kommune.no/x', ['https://*.bergen.kommune.no/*'], true],
    ['https://notbergen.kommune.no/x', ['https://*.bergen.kommune.no/*'], false],
    ['https://SAK.Bergen.Kommune.no/x', ['https://*.bergen.kommune.no/*'], true],
    ['http://intranett/case/1', ['*://intranett/case/*'], true],
    ['https://intranett/case/1', ['*://intranett/case/*'], true],
    ['https://intranett/other/1', ['*://intranett/case/*'], false],
    ['http://127.0.0.1:5173/a', ['http://127.0.0.1:5173/*'], true],
    ['http://127.0.0.1:5174/a', ['http://127.0.0.1:5173/*'], false],
    ['http://127.0.0.1:5174/a', ['http://127.0.0.1/*'], true], // no port in the pattern = any port
    ['https://anything.example/x', ['<all_urls>'], true],
    ['https://anything.example/x', ['*://*/*'], true],
    ['ftp://files.example/x', ['*://*/*'], false],
    ['https://outlook.office.com/mail', [], false],
    ['not a url', OUTLOOK, false],
  ] as const)('%s against %j → %s', (url, patterns, expected) => {
    expect(urlMatches(url, patterns)).toBe(expected);
  });

  it('ignores broken patterns instead of matching everything', () => {
    for (const bad of ['outlook.office.com', 'https://out*look.com/*', 'https://', 'javascript:alert(1)', '*']) {
      expect(parseMatchPattern(bad), bad).toBeNull();
      expect(urlMatches('https://outlook.office.com/x', [bad])).toBe(false);
    }
  });

  it('treats regex characters in a pattern literally', () => {
    expect(urlMatches('https://aXb.example/', ['https://a.b.example/*'])).toBe(false);
    expect(urlMatches('https://x.example/a+b', ['https://x.example/a+b'])).toBe(true);
    expect(urlMatches('https://x.example/aab', ['https://x.example/a+b'])).toBe(false);
  });
});

describe('effectiveUrl', () => {
  it('judges about:blank and srcdoc frames by the origin that made them', () => {
    expect(effectiveUrl({ href: 'about:blank', origin: 'https://outlook.office.com', protocol: 'about:' })).toBe('https://outlook.office.com/');
    expect(effectiveUrl({ href: 'about:srcdoc', origin: 'null', protocol: 'about:' })).toBeNull();
    expect(effectiveUrl(loc('https://x.example/p?q=1'))).toBe('https://x.example/p?q=1');
  });
});

describe('readContentPolicy: siteMatches', () => {
  const managed = (value: Record<string, unknown>) => ({ get: async () => value });
  const siteAllowed = async (location: Parameters<typeof readContentPolicy>[0], area: ManagedAreaLike | undefined) =>
    (await readContentPolicy(location, area)).allowed;

  it('allows every site when no policy is set (Chrome: {}, Firefox: throws, no storage.managed)', async () => {
    expect(await siteAllowed(loc('https://x.example/'), managed({}))).toBe(true);
    expect(await siteAllowed(loc('https://x.example/'), { get: () => Promise.reject(new Error('Managed storage manifest not found')) })).toBe(true);
    expect(await siteAllowed(loc('https://x.example/'), undefined)).toBe(true);
  });

  it('with siteMatches, allows only matching sites', async () => {
    const policy = managed({ siteMatches: ['https://outlook.office.com/*', 'https://*.bergen.kommune.no/*'] });
    expect(await siteAllowed(loc('https://outlook.office.com/mail/'), policy)).toBe(true);
    expect(await siteAllowed(loc('https://sak.bergen.kommune.no/'), policy)).toBe(true);
    expect(await siteAllowed(loc('https://www.vg.no/'), policy)).toBe(false);
    // TinyMCE's editing frame inside an allowed page.
    expect(await siteAllowed({ href: 'about:blank', origin: 'https://outlook.office.com', protocol: 'about:' }, policy)).toBe(true);
    expect(await siteAllowed({ href: 'about:blank', origin: 'null', protocol: 'about:' }, policy)).toBe(false);
  });

  it('accepts the list as one JSON string (registry), and fails closed on a value it cannot read', async () => {
    expect(await siteAllowed(loc('https://outlook.office.com/x'), managed({ siteMatches: '["https://outlook.office.com/*"]' }))).toBe(true);
    expect(await siteAllowed(loc('https://outlook.office.com/x'), managed({ siteMatches: 'https://outlook.office.com/*' }))).toBe(true);
    expect(await siteAllowed(loc('https://outlook.office.com/x'), managed({ siteMatches: 42 }))).toBe(false);
    expect(await siteAllowed(loc('https://outlook.office.com/x'), managed({ siteMatches: [] }))).toBe(false);
    expect(siteMatchesFrom(undefined)).toBeUndefined();
  });
});
