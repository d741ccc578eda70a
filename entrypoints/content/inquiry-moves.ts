// A reply window is often checked before its quoted inquiry is there (the client fills the
// editor after it opened): the first checks name only "a form on this host" (a `page:` key), the
// later ones the inquiry itself. What the user ticked in between must follow the inquiry, so the
// background is told where the field came from and since when (InquiryRef.movedFrom).
import type { InquiryRef } from '../shared/protocol.ts';

/** Fields remembered at most (a page has a handful of editors; an SPA may make many over a day). */
const MAX_FIELDS = 50;

export class InquiryMoves {
  private readonly pageKeyed = new Map<string, { key: string; since: string }>();

  private readonly now: () => Date;

  constructor(now: () => Date = () => new Date()) {
    this.now = now;
  }

  /** The reference to send for a check of `fieldKey`: `ref`, with `movedFrom` once it has moved. */
  track(fieldKey: string, ref: InquiryRef): InquiryRef {
    if (ref.label.startsWith('page:')) {
      const known = this.pageKeyed.get(fieldKey);
      if (known?.key !== ref.key) {
        this.pageKeyed.delete(fieldKey);
        this.pageKeyed.set(fieldKey, { key: ref.key, since: this.now().toISOString() });
        if (this.pageKeyed.size > MAX_FIELDS) this.pageKeyed.delete(this.pageKeyed.keys().next().value!);
      }
      return ref;
    }
    const from = this.pageKeyed.get(fieldKey);
    return from ? { ...ref, movedFrom: { ...from } } : ref;
  }
}
