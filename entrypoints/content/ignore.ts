// "Ignorer": findings the user dismissed, per inquiry (or per field when the page names no
// inquiry). Finding ids are stable for the same rule, matched text and occurrence, so a dismissed
// finding stays dismissed through later checks. Kept in memory for the life of the page only,
// and only ids — never text (DESIGN.md §4: nothing of the message text is persisted).

/** Scopes kept at most; the oldest goes first (a page open all day answers many inquiries). */
export const MAX_SCOPES = 50;
/** Dismissals kept per scope. */
export const MAX_PER_SCOPE = 500;

export class IgnoreList {
  private readonly scopes = new Map<string, Set<string>>();

  ignore(scope: string, findingId: string): void {
    let ids = this.scopes.get(scope);
    if (!ids) {
      ids = new Set();
      this.scopes.set(scope, ids);
      while (this.scopes.size > MAX_SCOPES) {
        const oldest = this.scopes.keys().next().value;
        if (oldest === undefined) break;
        this.scopes.delete(oldest);
      }
    }
    if (ids.size >= MAX_PER_SCOPE) {
      const first = ids.values().next().value;
      if (first !== undefined) ids.delete(first);
    }
    ids.add(findingId);
  }

  has(scope: string, findingId: string): boolean {
    return this.scopes.get(scope)?.has(findingId) ?? false;
  }

  /** The findings still to show. */
  filter<T extends { id: string }>(scope: string, findings: readonly T[]): T[] {
    const ids = this.scopes.get(scope);
    return ids ? findings.filter((f) => !ids.has(f.id)) : findings.slice();
  }

  clear(scope?: string): void {
    if (scope === undefined) this.scopes.clear();
    else this.scopes.delete(scope);
  }
}
