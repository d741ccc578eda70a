// What the background accepts: only this extension's content scripts, only
// known fields of the right type and size. Anything a page or another extension can send is
// refused before it reaches the engine or storage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOwnContentScript, isOwnExtension, parseCheckRequest } from './validate.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const valid = { text: 'Hei', fieldKey: 'textarea#svar', seq: 1, context: {} };

describe('isOwnContentScript', () => {
  it('accepts our content script in a tab, in any frame', () => {
    expect(isOwnContentScript({ id: ID, tab: { id: 3 }, frameId: 0, url: 'https://outlook.office.com/mail/' }, ID, ORIGIN)).toBe(true);
    expect(isOwnContentScript({ id: ID, tab: { id: 3 }, frameId: 5, url: 'about:blank' }, ID, ORIGIN)).toBe(true);
  });

  it.each([
    ['no id (a web page through externally_connectable)', { tab: { id: 3 }, url: 'https://evil.example/' }],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', tab: { id: 3 }, url: 'https://x.no/' }],
    ['no tab (the worker itself, an offscreen page)', { id: ID, url: `${ORIGIN}background.js` }],
    ['tab id -1 (not a real tab)', { id: ID, tab: { id: -1 }, url: 'https://x.no/' }],
    ['our side panel opened in a tab', { id: ID, tab: { id: 3 }, url: `${ORIGIN}sidepanel.html?tab=3` }],
    ['our page by origin only', { id: ID, tab: { id: 3 }, origin: ORIGIN.slice(0, -1) }],
  ])('refuses %s', (_, sender) => {
    expect(isOwnContentScript(sender, ID, ORIGIN)).toBe(false);
  });

  it('isOwnExtension needs the exact runtime id', () => {
    expect(isOwnExtension({ id: ID }, ID)).toBe(true);
    expect(isOwnExtension({}, ID)).toBe(false);
    expect(isOwnExtension({ id: `${ID}x` }, ID)).toBe(false);
  });
});

describe('parseCheckRequest against malformed and hostile data', () => {
  it.each([
    ['seq not an integer', { ...valid, seq: 1.5 }],
    ['seq NaN', { ...valid, seq: Number.NaN }],
    ['seq as string', { ...valid, seq: '1' }],
    ['empty fieldKey', { ...valid, fieldKey: '' }],
    ['huge fieldKey', { ...valid, fieldKey: 'x'.repeat(301) }],
    ['text as array', { ...valid, text: ['Hei'] }],
    ['context as array', { ...valid, context: [] }],
    ['recipients not a list', { ...valid, context: { recipients: 'a@b.no' } }],
    ['too many recipients', { ...valid, context: { recipients: Array.from({ length: 101 }, () => 'a@b.no') } }],
    ['a recipient that is an object', { ...valid, context: { recipients: [{ toString: 'x' }] } }],
    ['inquiry text over the limit', { ...valid, context: { inquiry: { text: 'a'.repeat(100_001) } } }],
    ['unknown inquiry kind', { ...valid, context: { inquiry: { kind: 'constructor' } } }],
    ['unparseable now', { ...valid, context: { now: 'tomorrow' } }],
    ['inquiry key not a hash', { ...valid, inquiry: { key: 'inq-../../x', label: 'mail:x' } }],
    ['inquiry label with free text', { ...valid, inquiry: { key: 'inq-0123456789abcdef', label: 'Hei Kari, her er svaret' } }],
  ])('refuses %s', (_, data) => {
    expect(parseCheckRequest(data)).toBeNull();
  });

  it('drops a javascript: return address and unknown keys, including __proto__', () => {
    const data = JSON.parse(
      JSON.stringify({ ...valid, inquiry: { key: 'inq-0123456789abcdef', label: 'case:2026/1', url: 'javascript:alert(1)' } }).replace(
        /^\{/,
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
      ),
    );
    const parsed = parseCheckRequest(data)!;
    expect(parsed.inquiry).toEqual({ key: 'inq-0123456789abcdef', label: 'case:2026/1' });
    expect(Object.keys(parsed).sort()).toEqual(['context', 'fieldKey', 'inquiry', 'seq', 'text']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('never throws on arbitrary data, and returns only known fields of the right type', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ text: fc.anything(), fieldKey: fc.anything(), seq: fc.anything(), context: fc.anything(), inquiry: fc.anything() }, { requiredKeys: [] }),
        ),
        (data) => {
          const parsed = parseCheckRequest(data);
          if (parsed === null) return;
          expect(typeof parsed.text).toBe('string');
          expect(parsed.text.length).toBeLessThanOrEqual(100_000);
          expect(Number.isSafeInteger(parsed.seq)).toBe(true);
          expect(Object.keys(parsed).every((k) => ['text', 'fieldKey', 'seq', 'context', 'inquiry'].includes(k))).toBe(true);
          expect(Object.keys(parsed.context).every((k) => ['language', 'fallbackLanguage', 'uiLanguage', 'now', 'inquiry', 'recipients'].includes(k))).toBe(
            true,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('a reply cut by the content script', () => {
  it('keeps the truncated mark only as the boolean true', () => {
    expect(parseCheckRequest({ ...valid, truncated: true })?.truncated).toBe(true);
    expect(parseCheckRequest({ ...valid, truncated: 'yes' })?.truncated).toBeUndefined();
    expect(parseCheckRequest(valid)?.truncated).toBeUndefined();
  });
});

describe('parseCheckRequest: the inquiry a field moved from', () => {
  const base = { text: 'Hei', fieldKey: 'ce:0', seq: 1, context: {}, inquiry: { key: 'inq-00000000000000bb', label: 'quote:2026-11-16' } };
  it('keeps a well-formed movedFrom with its time normalised, and refuses a malformed one', () => {
    const ok = parseCheckRequest({ ...base, inquiry: { ...base.inquiry, movedFrom: { key: 'inq-00000000000000aa', since: '2026-11-24T11:00:00+01:00' } } });
    expect(ok?.inquiry?.movedFrom).toEqual({ key: 'inq-00000000000000aa', since: '2026-11-24T10:00:00.000Z' });
    expect(parseCheckRequest({ ...base, inquiry: { ...base.inquiry, movedFrom: { key: 'kari@example.no', since: '2026-11-24T10:00:00Z' } } })).toBeNull();
    expect(parseCheckRequest({ ...base, inquiry: { ...base.inquiry, movedFrom: { key: 'inq-00000000000000aa', since: 'yesterday' } } })).toBeNull();
    // Moving from itself is no move.
    expect(
      parseCheckRequest({ ...base, inquiry: { ...base.inquiry, movedFrom: { key: base.inquiry.key, since: '2026-11-24T10:00:00Z' } } })?.inquiry?.movedFrom,
    ).toBeUndefined();
  });
});
