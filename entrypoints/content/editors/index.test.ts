// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { QUOTE_SELECTOR, adapterFor } from './index.ts';

/** An editing host as each library renders it (the marks the adapters recognise). */
const HOSTS: Array<[string, string]> = [
  ['ckeditor5', '<div contenteditable="true" class="ck ck-content ck-editor__editable ck-rounded-corners"></div>'],
  ['prosemirror', '<div contenteditable="true" class="ProseMirror field"></div>'],
  ['lexical', '<div contenteditable="true" data-lexical-editor="true"></div>'],
  ['slate', '<div contenteditable="true" data-slate-editor="true" data-slate-node="value"></div>'],
  ['draftjs', '<div contenteditable="true" class="notranslate public-DraftEditor-content" role="textbox"></div>'],
  ['quill', '<div contenteditable="true" class="ql-editor"></div>'],
  ['tinymce', '<body contenteditable="true" id="tinymce" class="mce-content-body"></body>'],
  ['gmail', '<div id=":r1" class="Am Al editable" contenteditable="true" role="textbox"></div>'],
  ['plain', '<div contenteditable="true" id="svar"></div>'],
];

describe('adapterFor', () => {
  it.each(HOSTS)('recognises %s by its editing host', (family, html) => {
    const wrap = document.createElement('div');
    wrap.innerHTML = html.replace(/^<body/, '<div').replace(/body>$/, 'div>');
    expect(adapterFor(wrap.firstElementChild as HTMLElement).family).toBe(family);
  });

  it('never lets CKEditor 5 or Slate fall back to a DOM edit their model would not follow', () => {
    const el = document.createElement('div');
    el.className = 'ck-editor__editable';
    expect(adapterFor(el).whenBeforeInputIgnored).toBe('refuse');
    el.className = '';
    el.setAttribute('data-slate-editor', 'true');
    expect(adapterFor(el).whenBeforeInputIgnored).toBe('refuse');
  });
});

describe('QUOTE_SELECTOR', () => {
  it('holds every family’s quote marks: Gmail’s, Outlook’s, Thunderbird’s and any blockquote', () => {
    const marks = QUOTE_SELECTOR.split(',');
    for (const mark of ['blockquote', '.gmail_quote', '.gmail_attr', '#appendonsend', '#divRplyFwdMsg', '.moz-cite-prefix', '[data-svarhjelp-quote]'])
      expect(marks).toContain(mark);
  });
});
