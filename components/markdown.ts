// A deliberately small markdown → HTML converter for rule-set advice texts, followed by
// DOMPurify with a tiny allow-list. Everything in the source is HTML-escaped first, so the only
// markup that can appear is the markup this module writes; DOMPurify is the second fence.
//
// Supported: paragraphs (blank line), "- " / "* " lists, **bold**, *italic* / _italic_,
// `code`, [text](https://…) links. Anything else stays plain text.
import DOMPurify, { type DOMPurify as DOMPurifyInstance } from 'dompurify';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** Emphasis on already-escaped text (no code spans or links inside). */
function emphasis(escaped: string): string {
  return escaped
    .replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/__(?=\S)([^_\n]*?\S)__/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?=\S)([^*\n]*?\S)\*(?![*\w])/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_(?=\S)([^_\n]*?\S)_(?![_\w])/g, '$1<em>$2</em>');
}

// Code spans and https links are cut out first, so emphasis never reaches into them.
const INLINE_TOKEN = /(`[^`\n]+`)|\[([^\]\n]+)\]\((https:\/\/[^\s()<>"']+)\)/g;

function inline(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(INLINE_TOKEN)) {
    html += emphasis(escapeHtml(text.slice(last, match.index)));
    if (match[1]) html += `<code>${escapeHtml(match[1].slice(1, -1))}</code>`;
    else html += `<a href="${escapeHtml(match[3]!)}">${emphasis(escapeHtml(match[2]!))}</a>`;
    last = match.index + match[0].length;
  }
  return html + emphasis(escapeHtml(text.slice(last)));
}

const LIST_ITEM = /^\s*[-*•]\s+(.*)$/;

/** Markdown-ish text → HTML string (not yet sanitised; use `renderAdvice` for display). */
export function markdownToHtml(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];

  const flushParagraph = () => {
    if (paragraph.length) out.push(`<p>${paragraph.map(inline).join(' ')}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list.length) out.push(`<ul>${list.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`);
    list = [];
  };

  for (const line of lines) {
    const item = LIST_ITEM.exec(line);
    if (item) {
      flushParagraph();
      list.push(item[1]!.trim());
    } else if (line.trim() === '') {
      flushParagraph();
      flushList();
    } else if (list.length && /^\s{2,}\S/.test(line)) {
      // Continuation of the previous list item.
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return out.join('');
}

const ALLOWED_TAGS = ['p', 'strong', 'em', 'a', 'ul', 'li', 'code'];

let purifier: DOMPurifyInstance | null = null;

function getPurifier(): DOMPurifyInstance {
  if (purifier) return purifier;
  // A private instance, so these hooks never affect other users of DOMPurify.
  const instance = DOMPurify(typeof window === 'undefined' ? undefined : window);
  purifier = instance;
  if (!instance.isSupported) return instance;
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    if (!/^https:\/\//i.test(href)) {
      node.removeAttribute('href');
      return;
    }
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  return instance;
}

/** Sanitises HTML down to the advice allow-list. */
export function sanitizeAdviceHtml(html: string): string {
  const purify = getPurifier();
  // Fail closed where DOMPurify cannot work: keep the text, drop every tag.
  if (!purify.isSupported) return html.replace(/<[^>]*>/g, '');
  return purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'target', 'rel'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_TRUSTED_TYPE: false,
  }) as string;
}

/** Advice text from the rule set → safe HTML for display. */
export function renderAdvice(source: string): string {
  return sanitizeAdviceHtml(markdownToHtml(source));
}
