// Field discovery: which element is the user writing in? Textareas, plain text inputs and
// contenteditable editing hosts, also inside open shadow roots (events are retargeted at the
// shadow host, so we read the real target from composedPath()).

export type EditableField = { kind: 'value'; element: HTMLTextAreaElement | HTMLInputElement } | { kind: 'contenteditable'; element: HTMLElement };

/** Input types whose value is prose someone might write a reply in. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email']);

function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** The field an event (focusin, input, keyup) happened in, or null if it is not one we coach. */
export function fieldFromEvent(event: Event): EditableField | null {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  const target = path[0] ?? event.target;
  return fieldFromNode(target as Node | null);
}

export function fieldFromNode(node: Node | null): EditableField | null {
  let el: Node | null = node;
  if (el && el.nodeType === 3) el = el.parentNode;
  if (!isElement(el)) return null;
  const tag = tagOf(el);
  if (tag === 'TEXTAREA') {
    const ta = el as unknown as HTMLTextAreaElement;
    return ta.readOnly || ta.disabled ? null : { kind: 'value', element: ta };
  }
  if (tag === 'INPUT') {
    const input = el as unknown as HTMLInputElement;
    const type = (input.getAttribute('type') ?? '').toLowerCase();
    if (!TEXT_INPUT_TYPES.has(type) || input.readOnly || input.disabled) return null;
    return { kind: 'value', element: input };
  }
  if (el.isContentEditable) {
    const host = editingHost(el);
    return host ? { kind: 'contenteditable', element: host } : null;
  }
  return null;
}

/** The outermost contenteditable ancestor (the editor root), staying within one tree scope. */
export function editingHost(el: HTMLElement): HTMLElement | null {
  if (!el.isContentEditable) return null;
  let host = el;
  for (let p = el.parentElement; p && p.isContentEditable; p = p.parentElement) host = p;
  return host;
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const keys = new WeakMap<Element, string>();

/**
 * A key that names the field within its frame, stable while the element lives: the id or name
 * if it has one, else its position among fields of the same kind. Used to route answers and
 * suggestions back to the same field.
 */
export function fieldKeyOf(field: EditableField): string {
  const el = field.element;
  const known = keys.get(el);
  if (known) return known;
  const prefix = field.kind === 'contenteditable' ? 'ce' : tagOf(el).toLowerCase();
  let key: string;
  if (el.id) key = `${prefix}#${el.id}`;
  else if (el.getAttribute('name')) key = `${prefix}[name=${el.getAttribute('name')}]`;
  else {
    const root = el.getRootNode() as Document | ShadowRoot;
    const selector = field.kind === 'contenteditable' ? '[contenteditable]' : tagOf(el).toLowerCase();
    const index = Array.from(root.querySelectorAll(selector)).indexOf(el);
    key = `${prefix}:${index}`;
  }
  if (el.getRootNode() !== el.ownerDocument) key = `shadow/${key}`;
  keys.set(el, key);
  return key;
}
