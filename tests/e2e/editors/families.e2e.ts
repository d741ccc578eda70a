// Every editor family runs through the same browser suite
// (editor-suite.ts): underlines on their words and none in the quoted inquiry, a fix from the
// popover into the model with one Ctrl+Z back, the caret after the fix, a fix from the side
// panel, and underlines that survive the editor re-rendering its text nodes. Adding an editor
// is one adapter (entrypoints/content/editors/), one fixture (fixtures/editors/) and one line
// here (docs/content-script.md, "Adding an editor"). Run one family with
// `npx vitest run --project e2e tests/e2e/editors/families.e2e.ts -t 'Slate'`.
import { describeEditorFamily, type EditorFamilySpec } from './editor-suite.ts';

export const FAMILIES: readonly EditorFamilySpec[] = [
  { name: 'CKEditor 5 (classic)', fixture: 'ckeditor5.html', editor: '.ck-editor__editable' },
  { name: 'ProseMirror (+ history)', fixture: 'prosemirror.html', editor: '#svar', pausesByTime: true },
  { name: 'Lexical (rich text + history)', fixture: 'lexical.html', editor: '#svar' },
  { name: 'Slate (slate-react + slate-history)', fixture: 'slate.html', editor: '#svar' },
  { name: 'Draft.js', fixture: 'draftjs.html', editor: '.public-DraftEditor-content', replyLine: '[data-block="true"]' },
  { name: 'Quill 2', fixture: 'quill.html', editor: '.ql-editor', pausesByTime: true },
  {
    name: 'TinyMCE (iframe)',
    fixture: 'tinymce.html?quote=blockquote',
    frame: 'iframe.tox-edit-area__iframe',
    editor: 'body#tinymce',
  },
  { name: 'plain contenteditable', fixture: 'contenteditable.html?quote=blockquote', editor: '#svar' },
  { name: 'Gmail compose', fixture: 'gmail.html', editor: '.Am.editable', replyLine: ':scope > div', quote: 'div.gmail_quote' },
  {
    name: 'RoosterJS (Outlook on the web)',
    fixture: 'roosterjs.html?quote=outlook',
    editor: '#svar',
    replyLine: ':scope > div',
    // The header (its field names in <b>) and every line after it.
    quote: ':scope > div:has(b), :scope > div:has(b) ~ div',
    quoteStart: 'Fra: Kari',
  },
];

for (const family of FAMILIES) describeEditorFamily(family);
