// What Svarhjelp keeps about one inquiry between checks, page reloads and browser restarts:
// checklist ticks, the user's corrections, the deadline status and promised dates. Only ids,
// booleans, dates and counts — never a word of the reply or the inquiry (DESIGN.md §4). The
// functions here are pure; entrypoints/background/inquiries.ts stores the records.
import type { SubgoalId, ValueId } from '../ids.ts';
import { RULE_LANGUAGES, SUBGOAL_IDS, VALUE_IDS } from '../ids.ts';
import type { ChecklistItem, Rule } from '../ruleset/types.ts';
import type { CheckContext, CheckResult, DeadlineResult, InquiryKind } from '../types.ts';

export interface InquiryCorrection {
  /** YYYY-MM-DD the user says the inquiry arrived. */
  receivedDate?: string;
  kind?: InquiryKind;
}

export interface InquiryRecord {
  key: string;
  /** Structured label from inquiryIdentity ("case:2026/12345"); no message text. */
  label: string;
  /** Address to bring the user back (origin + path + fragment; ItemID kept); '' when unknown. */
  url: string;
  createdAt: string;
  updatedAt: string;
  /** What the page said (quote header, keyword rules), before corrections. */
  detected: { receivedAt?: string; kind?: InquiryKind };
  correction: InquiryCorrection;
  /** Checklist items the engine ticks: item id → done, from the latest check. */
  auto: Record<string, boolean>;
  /** Items ticked by hand: item id → done. */
  manual: Record<string, boolean>;
  /** When each manual tick or untick was made (ISO), so ticks can follow the inquiry when it moves. */
  manualAt?: Record<string, string>;
  /** Findings dismissed with «Ignorer», as «ruleId#n» tokens (rules/inquiry/ignored.ts): no words. */
  ignored?: string[];
  /** The deadline status of the latest check (dates and the rule set's own labels). */
  deadline?: DeadlineResult;
  /** YYYY-MM-DD dates the reply promises ("innen fredag"), latest check. */
  promises: string[];
  /** The tab the inquiry was last written in (to focus it again from a reminder). */
  lastTabId?: number;
  counts: { findings: number; words: number };
}

export const DEFAULT_RETENTION_DAYS = 30;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 365;

const YMD = /^\d{4}-\d{2}-\d{2}$/;

export function isYmd(value: unknown): value is string {
  if (typeof value !== 'string' || !YMD.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The context of a check with the user's corrections applied on top of what the page said. */
export function applyCorrection(context: CheckContext, correction: InquiryCorrection | undefined): CheckContext {
  if (!correction || (correction.receivedDate === undefined && correction.kind === undefined)) return context;
  const inquiry = { ...(context.inquiry ?? {}) };
  if (correction.receivedDate !== undefined) inquiry.receivedAt = correction.receivedDate;
  if (correction.kind !== undefined) inquiry.kind = correction.kind;
  return { ...context, inquiry };
}

/** Items that apply to an inquiry of this kind (items limited to other kinds are left out). */
export function itemApplies(item: ChecklistItem, kind: InquiryKind | undefined): boolean {
  return !item.whenInquiry || item.whenInquiry.length === 0 || item.whenInquiry.includes(kind ?? 'unknown');
}

/** What decides whether a rule ran on a reply at all (its gates), without its patterns. */
export type RuleGate = Pick<Rule, 'id' | 'languages'> &
  Partial<Pick<Rule, 'category' | 'kind'>> & { enabled?: boolean; whenInquiry?: InquiryKind[]; minWords?: number };

/**
 * Whether the engine ran this rule on the reply: it is in the set and enabled, written for the
 * reply's language (in a language without rules only personal-data detectors run), meant for this kind of inquiry, the reply is long enough for it (a greeting
 * is only required from `minWords` words) and it did not fail. A rule that did not run found
 * nothing because it did not look — which must not tick a "no findings" item.
 */
export function ruleRan(rule: RuleGate | undefined, result: CheckResult, kind: InquiryKind | undefined): boolean {
  if (!rule || rule.enabled === false) return false;
  if (result.failedRules?.includes(rule.id)) return false;
  // A reply in a language the rules are not written for gets only the language-neutral checks,
  // the personal-data detectors (engine/check.ts).
  if (!(RULE_LANGUAGES as readonly string[]).includes(result.language)) {
    if (rule.category !== 'personal-data' || rule.kind !== 'detector') return false;
  } else if (!(rule.languages as readonly string[]).includes(result.language)) return false;
  if (rule.whenInquiry && !rule.whenInquiry.includes(kind ?? 'unknown')) return false;
  if (result.metrics.words < Math.max(1, rule.minWords ?? 0)) return false;
  return true;
}

/**
 * The engine's tick for one item, or undefined for items ticked by hand. `text` is the reply,
 * needed only by `matches` items — which is why the background, which has the text during the
 * check, computes these and stores only the booleans. `rules` (the set's rules) tell whether a
 * `no-findings` item's rules ran; without them such an item stays unticked (cannot tell).
 */
export function autoTick(
  item: ChecklistItem,
  result: CheckResult,
  text: string,
  gates?: { rules: readonly RuleGate[]; kind: InquiryKind | undefined },
): boolean | undefined {
  const auto = item.auto;
  if (!auto) return undefined;
  switch (auto.kind) {
    case 'no-findings': {
      if (result.metrics.words === 0 || !gates) return false;
      const byId = new Map(gates.rules.map((r) => [r.id, r]));
      if (!auto.rules.every((id) => ruleRan(byId.get(id), result, gates.kind))) return false;
      return !result.findings.some((f) => auto.rules.includes(f.ruleId));
    }
    case 'no-findings-in-category':
      return result.metrics.words > 0 && !result.findings.some((f) => f.category === auto.category);
    case 'metric-at-most':
      return result.metrics.words > 0 && result.metrics[auto.metric] <= auto.max;
    case 'has-date':
      return (result.dates ?? []).length > 0;
    case 'matches':
      return auto.patterns.some((p) => {
        try {
          return new RegExp(p, 'iu').test(text);
        } catch {
          return false;
        }
      });
    default:
      return undefined;
  }
}

export function autoTicks(
  items: readonly ChecklistItem[],
  result: CheckResult,
  text: string,
  kind: InquiryKind | undefined,
  rules: readonly RuleGate[],
): Record<string, boolean> {
  const ticks: Record<string, boolean> = {};
  for (const item of items) {
    if (!itemApplies(item, kind)) continue;
    const tick = autoTick(item, result, text, { rules, kind });
    if (tick !== undefined) ticks[item.id] = tick;
  }
  return ticks;
}

/** The record after a check: keeps manual ticks and corrections, replaces what the check decides. */
export function recordAfterCheck(
  previous: InquiryRecord | undefined,
  input: {
    key: string;
    label: string;
    url: string;
    now: string;
    detected: InquiryRecord['detected'];
    auto: Record<string, boolean>;
    result: CheckResult;
    tabId?: number;
  },
): InquiryRecord {
  const record: InquiryRecord = {
    key: input.key,
    label: input.label,
    url: input.url || previous?.url || '',
    createdAt: previous?.createdAt ?? input.now,
    updatedAt: input.now,
    detected: { ...input.detected },
    correction: { ...(previous?.correction ?? {}) },
    auto: { ...input.auto },
    manual: { ...(previous?.manual ?? {}) },
    ...(previous?.manualAt ? { manualAt: { ...previous.manualAt } } : {}),
    ...(previous?.ignored ? { ignored: [...previous.ignored] } : {}),
    promises: [...new Set(input.result.dates.filter((d) => d.promise).map((d) => d.date))].sort(),
    counts: { findings: input.result.findings.length, words: input.result.metrics.words },
  };
  if (input.result.deadline) record.deadline = input.result.deadline;
  if (input.tabId !== undefined) record.lastTabId = input.tabId;
  return record;
}

/** A manual tick or untick made at `at`. */
export function withManualTick(record: InquiryRecord, itemId: string, done: boolean, at: string): InquiryRecord {
  return { ...record, manual: { ...record.manual, [itemId]: done }, manualAt: { ...record.manualAt, [itemId]: at }, updatedAt: at };
}

/**
 * The ticks made by hand under `source` since `since` (ISO), carried over to `target`: a reply
 * window that was first known only as "a form on this host" and then found its quoted inquiry
 * keeps what the user ticked meanwhile. A tick the target got later wins; ticks the source had
 * before `since` belong to other inquiries written in the same form and stay there.
 */
export function adoptManualTicks(target: InquiryRecord, source: InquiryRecord | undefined, since: string): InquiryRecord {
  if (!source?.manualAt) return target;
  let next = target;
  for (const [itemId, at] of Object.entries(source.manualAt)) {
    const done = source.manual[itemId];
    if (typeof done !== 'boolean' || at < since) continue;
    const theirs = target.manualAt?.[itemId];
    if (theirs !== undefined && theirs >= at) continue;
    next = { ...next, manual: { ...next.manual, [itemId]: done }, manualAt: { ...next.manualAt, [itemId]: at } };
  }
  return next;
}

/** The effective kind: the user's correction, else what the page said. */
export function effectiveKind(record: Pick<InquiryRecord, 'detected' | 'correction'> | undefined): InquiryKind {
  return record?.correction.kind ?? record?.detected.kind ?? 'unknown';
}

export interface ChecklistRow {
  item: ChecklistItem;
  /** 'auto' items tick themselves; 'manual' items are ticked by the user. */
  mode: 'auto' | 'manual';
  done: boolean;
}

export interface ChecklistValueGroup {
  value: ValueId;
  rows: ChecklistRow[];
  done: number;
  total: number;
}

/**
 * The checklist for an inquiry, grouped by value in the standard's order, with a score per
 * value. Without a record (no check yet) automatic items count as not done.
 */
export function checklistByValue(
  items: readonly ChecklistItem[] | undefined,
  record: Pick<InquiryRecord, 'auto' | 'manual' | 'detected' | 'correction'> | undefined,
  fallbackAuto?: (item: ChecklistItem) => boolean | undefined,
): ChecklistValueGroup[] {
  const kind = effectiveKind(record);
  const subgoalOrder = (id: SubgoalId) => {
    const i = (SUBGOAL_IDS as readonly string[]).indexOf(id);
    return i < 0 ? SUBGOAL_IDS.length : i;
  };
  const sorted = (items ?? [])
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => itemApplies(item, kind))
    .sort((a, b) => subgoalOrder(a.item.subgoal) - subgoalOrder(b.item.subgoal) || a.index - b.index);
  const groups: ChecklistValueGroup[] = [];
  for (const value of VALUE_IDS) {
    const rows: ChecklistRow[] = [];
    for (const { item } of sorted) {
      if (!item.subgoal.startsWith(`${value}.`)) continue;
      const stored = record?.auto[item.id];
      const auto = stored ?? fallbackAuto?.(item);
      const isAuto = item.auto !== undefined && (stored !== undefined || auto !== undefined || item.auto.kind !== 'matches');
      if (isAuto) rows.push({ item, mode: 'auto', done: auto === true });
      else rows.push({ item, mode: 'manual', done: record?.manual[item.id] === true });
    }
    if (rows.length) groups.push({ value, rows, done: rows.filter((r) => r.done).length, total: rows.length });
  }
  return groups;
}

/** Storage keys of records not touched within the retention period. */
export function expiredRecords(records: ReadonlyArray<Pick<InquiryRecord, 'key' | 'updatedAt'>>, now: Date, retentionDays: number): string[] {
  const days = clampRetentionDays(retentionDays);
  const cutoff = now.getTime() - days * 86_400_000;
  return records.filter((r) => !(Date.parse(r.updatedAt) >= cutoff)).map((r) => r.key);
}

export function clampRetentionDays(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return DEFAULT_RETENTION_DAYS;
  return Math.min(MAX_RETENTION_DAYS, Math.max(MIN_RETENTION_DAYS, Math.round(n)));
}

/** A light shape check for what is read back from storage (older versions, other code). */
export function isInquiryRecord(value: unknown): value is InquiryRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<InquiryRecord>;
  return (
    typeof v.key === 'string' &&
    typeof v.label === 'string' &&
    typeof v.updatedAt === 'string' &&
    !!v.auto &&
    typeof v.auto === 'object' &&
    !!v.manual &&
    typeof v.manual === 'object' &&
    !!v.correction &&
    typeof v.correction === 'object' &&
    !!v.detected &&
    typeof v.detected === 'object'
  );
}
