// The converter is tested as strings here. DOMPurify itself is exercised in real Chromium by
// scripts/screenshot-sidepanel.mjs: DOMPurify does not support happy-dom (cure53/DOMPurify#1457,
// #1496 — nested elements are skipped), so a happy-dom test of the sanitiser would prove nothing.
import { describe, expect, it } from 'vitest';
import { escapeHtml, markdownToHtml, sanitizeAdviceHtml } from './markdown.ts';

const ALLOWED = new Set(['p', 'strong', 'em', 'a', 'ul', 'li', 'code']);

/** Every tag in the output is on the allow-list, and the only attribute is an https href. */
function expectOnlySafeMarkup(html: string) {
  for (const [, tag, attrs] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(ALLOWED.has(tag!.toLowerCase()), `tag <${tag}> in ${html}`).toBe(true);
    const rest = attrs!.trim();
    if (rest) expect(rest, `attributes in ${html}`).toMatch(/^href="https:\/\/[^"<>]*"$/);
  }
}

describe('markdownToHtml', () => {
  it('renders paragraphs, bold, italics, code and lists', () => {
    expect(markdownToHtml('Skriv **kort** og *klart*.\n\n- én ting\n- `to` ting\n\nSiste _avsnitt_.')).toBe(
      '<p>Skriv <strong>kort</strong> og <em>klart</em>.</p><ul><li>én ting</li><li><code>to</code> ting</li></ul><p>Siste <em>avsnitt</em>.</p>',
    );
  });

  it('joins soft line breaks into one paragraph and continues list items', () => {
    expect(markdownToHtml('En linje\nto linjer\n* punkt\n  fortsetter')).toBe('<p>En linje to linjer</p><ul><li>punkt fortsetter</li></ul>');
  });

  it('renders https links only', () => {
    expect(markdownToHtml('Se [Klarspråk](https://www.sprakradet.no/klarsprak/?a=1&b=2).')).toBe(
      '<p>Se <a href="https://www.sprakradet.no/klarsprak/?a=1&amp;b=2">Klarspråk</a>.</p>',
    );
    expect(markdownToHtml('[http](http://example.no)')).toBe('<p>[http](http://example.no)</p>');
  });

  it('does not format inside link targets or code', () => {
    expect(markdownToHtml('[x](https://e.no/_a_b_) og `**ikke fet**`')).toBe('<p><a href="https://e.no/_a_b_">x</a> og <code>**ikke fet**</code></p>');
  });

  it('leaves unmatched markers alone', () => {
    expect(markdownToHtml('2 * 3 * 4 og snake_case_navn')).toBe('<p>2 * 3 * 4 og snake_case_navn</p>');
  });

  it('escapes raw HTML instead of interpreting it', () => {
    expect(markdownToHtml('<b>hei</b> & "du"')).toBe('<p>&lt;b&gt;hei&lt;/b&gt; &amp; &quot;du&quot;</p>');
    expect(escapeHtml(`<'&">`)).toBe('&lt;&#39;&amp;&quot;&gt;');
  });
});

describe('advice cannot carry markup or script', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '**<img src=x onerror=alert(1)>**',
    '[klikk](javascript:alert(1))',
    '[klikk](JavaScript:alert(1))',
    '[klikk](data:text/html,<script>alert(1)</script>)',
    '[klikk](http://plain.example/)',
    '<a href="javascript:alert(1)">x</a>',
    '<svg onload=alert(1)>',
    '<iframe src="https://evil.example"></iframe>',
    '[x](https://e.no/" onmouseover="alert(1))',
    '[x](https://e.no/"onmouseover="alert(1)")',
    '`</code><script>alert(1)</script>`',
    '- <style>*{display:none}</style>\n- [a](https://ok.no)',
  ];

  for (const attack of attacks) {
    it(`neutralises ${attack}`, () => {
      const html = markdownToHtml(attack);
      expectOnlySafeMarkup(html);
      expect(html).not.toMatch(/<(script|img|svg|iframe|style)\b/i);
      expect(html).not.toMatch(/href="(?!https:\/\/)/i);
      // The sanitiser fails closed without a DOM: no tags at all.
      expect(sanitizeAdviceHtml(html)).not.toMatch(/</);
    });
  }
});
