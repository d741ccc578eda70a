// @vitest-environment happy-dom
// The `caseNumberSelector` policy: read from storage.managed with `siteMatches`, passed by the
// content script to the coach, and a case page that shows its number only in a custom element
// gets the case's identity.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckRequest, CheckResponse } from '../../shared/protocol.ts';
import { startCoach, type CoachContext } from './coach.ts';
import { caseNumberSelectorFrom, readContentPolicy } from '../site-policy.ts';

const loc = (href: string) => {
  const u = new URL(href);
  return { href, origin: u.origin, protocol: u.protocol };
};
const managed = (value: Record<string, unknown>) => ({ get: vi.fn(async () => value) });

describe('caseNumberSelector policy (reading)', () => {
  it('reads it with siteMatches in one storage.managed read', async () => {
    const area = managed({ caseNumberSelector: ' saks-nummer ', siteMatches: ['https://sak.bergen.kommune.no/*'] });
    expect(await readContentPolicy(loc('https://sak.bergen.kommune.no/sak/1'), area)).toEqual({ allowed: true, caseNumberSelector: 'saks-nummer' });
    expect(area.get).toHaveBeenCalledTimes(1);
    expect(await readContentPolicy(loc('https://www.vg.no/'), area)).toMatchObject({ allowed: false });
  });

  it('no policy, no selector; a value of the wrong kind counts as none', async () => {
    expect(await readContentPolicy(loc('https://x.example/'), managed({}))).toEqual({ allowed: true });
    expect(await readContentPolicy(loc('https://x.example/'), { get: () => Promise.reject(new Error('Managed storage manifest not found')) })).toEqual({
      allowed: true,
    });
    expect(await readContentPolicy(loc('https://x.example/'), undefined)).toEqual({ allowed: true });
    expect(caseNumberSelectorFrom(42)).toBeUndefined();
    expect(caseNumberSelectorFrom('   ')).toBeUndefined();
    expect(caseNumberSelectorFrom('a'.repeat(501))).toBeUndefined();
    expect(caseNumberSelectorFrom('#saksref .nummer')).toBe('#saksref .nummer');
  });
});

function fakeCtx() {
  const controller = new AbortController();
  const ctx: CoachContext & { invalidate(): void } = {
    get isInvalid() {
      return controller.signal.aborted;
    },
    setTimeout: (fn, ms) => window.setTimeout(fn, ms) as unknown as number,
    addEventListener: (target, type, handler, options) => target.addEventListener(type, handler, { ...options, signal: controller.signal }),
    onInvalidated: () => () => {},
    invalidate: () => controller.abort(),
  };
  return ctx;
}

const answer = (request: CheckRequest): CheckResponse => ({
  seq: request.seq,
  result: {
    language: 'nob',
    languageSource: 'detected',
    metrics: { characters: 0, words: 0, sentences: 0, longWords: 0, lix: 0, longestSentenceWords: 0 },
    findings: [],
    dates: [],
  },
  ruleSet: { id: 'x', name: 'x', version: '1.0.0', publisher: 'x', publishedAt: '2026-01-01T00:00:00Z' },
});

describe('caseNumberSelector policy (a case page)', () => {
  let ctx: ReturnType<typeof fakeCtx>;
  afterEach(() => {
    ctx?.invalidate();
    document.body.innerHTML = '';
    document.title = '';
  });

  /** The inquiry reference the coach sends for a reply typed on a case page. */
  async function inquirySent(caseNumberSelector: string | undefined) {
    document.title = 'Saksbehandling';
    document.body.innerHTML =
      '<header><svar-saksnummer>2026/31337</svar-saksnummer></header><h1>Svar til innbygger</h1><textarea id="svar">Hei Kari, takk for brevet.</textarea>';
    ctx = fakeCtx();
    const send = vi.fn(async (r: CheckRequest) => answer(r));
    const coach = startCoach(ctx, document, { send, ...(caseNumberSelector ? { caseNumberSelector } : {}) });
    const field = document.getElementById('svar')!;
    field.focus();
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await coach.flush();
    expect(send).toHaveBeenCalledTimes(1);
    return send.mock.calls[0]![0].inquiry;
  }

  it('with the selector, the number in the custom element names the inquiry', async () => {
    expect((await inquirySent('svar-saksnummer'))?.label).toBe('case:2026/31337');
  });

  it('without it, the page is not recognised as the case', async () => {
    expect((await inquirySent(undefined))?.label).toMatch(/^page:/);
  });
});
