// Applying a suggestion and revealing a finding in the editor. Edits go through the editor's
// own input path — select the span, then execCommand('insertText') — so undo, the caret and
// the page framework's state survive (DESIGN.md §4). Never set .value or innerHTML.

import type { Finding } from '../../rules/types.ts';
import { extractEditable, extractValue, rangeFor, type Extraction } from './extract.ts';
import type { EditableField } from './fields.ts';

/** What the last check of a field saw: the text offsets of its findings refer to `text`. */
export interface CheckedSnapshot {
  field: EditableField;
  fieldKey: string;
  text: string;
  findings: readonly Finding[];
}

function currentExtraction(field: EditableField): Extraction {
  return field.kind === 'value' ? extractValue(field.element) : extractEditable(field.element);
}

/**
 * Selects the finding's span in the field if the text there is still what was checked.
 * Returns the live extraction and range, or null when the text has moved on.
 */
function selectSpan(snapshot: CheckedSnapshot, finding: Finding): { range: Range | null } | null {
  const { field } = snapshot;
  if (!field.element.isConnected) return null;
  const ex = currentExtraction(field);
  const expected = snapshot.text.slice(finding.start, finding.end);
  if (expected === '' || ex.text.slice(finding.start, finding.end) !== expected) return null;
  if (field.kind === 'value') {
    field.element.focus({ preventScroll: true });
    field.element.setSelectionRange(finding.start, finding.end);
    return { range: null };
  }
  const range = rangeFor(ex, finding.start, finding.end);
  if (!range) return null;
  field.element.focus({ preventScroll: true });
  const selection = field.element.ownerDocument.getSelection();
  if (!selection) return null;
  selection.removeAllRanges();
  selection.addRange(range);
  return { range };
}

export function applySuggestion(snapshot: CheckedSnapshot, findingId: string, suggestion: string): boolean {
  const finding = snapshot.findings.find((f) => f.id === findingId);
  // Only the engine's own suggestions can be inserted, not arbitrary text.
  if (!finding || !finding.suggestions.includes(suggestion)) return false;
  const selected = selectSpan(snapshot, finding);
  if (!selected) return false;
  const doc = snapshot.field.element.ownerDocument;
  // execCommand is deprecated but is the only way to edit with undo support in every browser.
  const inserted = suggestion === '' ? exec(doc, 'delete') : exec(doc, 'insertText', suggestion);
  if (inserted) return true;
  if (snapshot.field.kind === 'value') {
    // Fallback without undo (e.g. execCommand disabled): still fire input so frameworks see it.
    const el = snapshot.field.element;
    el.setRangeText(suggestion, finding.start, finding.end, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: suggestion }));
    return true;
  }
  return false;
}

export function revealFinding(snapshot: CheckedSnapshot, findingId: string): boolean {
  const finding = snapshot.findings.find((f) => f.id === findingId);
  if (!finding) return false;
  const selected = selectSpan(snapshot, finding);
  if (!selected) return false;
  const anchor = selected.range?.startContainer.parentElement ?? snapshot.field.element;
  anchor.scrollIntoView({ block: 'center', inline: 'nearest' });
  return true;
}

function exec(doc: Document, command: string, value?: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}
