// Per-inquiry state in storage.local (rules/inquiry/record.ts): checklist ticks, the user's
// corrections of received date and kind, the deadline status and promised dates. Survives page
// reloads, browser restarts and service-worker restarts; pruned after the retention period by a
// daily alarm. Holds no message text: the reply is used during the check to compute the
// checklist's pattern ticks and then forgotten.
import type { CompiledRuleSet } from '../../rules/engine/compile.ts';
import { todayOf } from '../../rules/engine/check.ts';
import { INQUIRY_KINDS, type UiLanguage } from '../../rules/ids.ts';
import { deadlineStatus } from '../../rules/time/deadline-status.ts';
import type { CheckContext, CheckResult, DeadlineResult, InquiryKind } from '../../rules/types.ts';
import {
  autoTicks,
  clampRetentionDays,
  expiredRecords,
  isInquiryRecord,
  isYmd,
  recordAfterCheck,
  effectiveKind,
  adoptManualTicks,
  withManualTick,
  type InquiryRecord,
} from '../../rules/inquiry/record.ts';
import type { InquiryRef, InquiryUpdate } from '../shared/protocol.ts';
import { withIgnored } from '../../rules/inquiry/ignored.ts';
import { INQUIRY_PREFIX, inquiryStorageKey, SETTINGS_KEY } from '../shared/storage-items.ts';

/** The part of storage.local the service needs; get(null) lists everything (for pruning). */
export interface LocalAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const PRUNE_ALARM = 'svarhjelp-inquiry-prune';

export interface InquiryServiceDeps {
  local: LocalAreaLike;
  /** The active rule set, compiled (checklist, deadline policies, calendar). */
  current(): Pick<CompiledRuleSet, 'ruleSet' | 'calendar'>;
  now?: () => Date;
}

/**
 * The deadline status of an inquiry without a check: it needs only the received date, the kind
 * and the rule set, so a correction in the panel shows at once instead of at the next keystroke.
 */
export function deadlineOf(
  compiled: Pick<CompiledRuleSet, 'ruleSet' | 'calendar'>,
  record: Pick<InquiryRecord, 'detected' | 'correction'>,
  now: Date,
  uiLanguage: UiLanguage,
): DeadlineResult | undefined {
  const received = (record.correction.receivedDate ?? record.detected.receivedAt)?.slice(0, 10);
  if (!received || !isYmd(received)) return undefined;
  const result = deadlineStatus({
    receivedDate: received,
    kind: effectiveKind(record),
    policies: compiled.ruleSet.deadlinePolicies,
    today: todayOf({ now: now.toISOString() }),
    calendar: compiled.calendar,
    uiLanguage,
  });
  return result.policies.length ? result : undefined;
}

export function createInquiryService(deps: InquiryServiceDeps) {
  const now = deps.now ?? (() => new Date());
  // Checks and panel edits of one inquiry arrive close together; serialise read-modify-write
  // per key within this worker so a tick is never lost to a concurrent check.
  const queues = new Map<string, Promise<unknown>>();
  const withLock = <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(fn);
    queues.set(key, next);
    void next
      .finally(() => {
        if (queues.get(key) === next) queues.delete(key);
      })
      .catch(() => {});
    return next;
  };

  const read = async (key: string): Promise<InquiryRecord | undefined> => {
    const storageKey = inquiryStorageKey(key);
    const value = (await deps.local.get(storageKey))[storageKey];
    return isInquiryRecord(value) ? value : undefined;
  };
  const write = (record: InquiryRecord) => deps.local.set({ [inquiryStorageKey(record.key)]: record });

  return {
    read,

    /** Records what a check found: ticks (as booleans), deadline, promised dates, counts. */
    /**
     * Records what a check found: ticks (as booleans), deadline, promised dates, counts.
     * `pageContext` is what the page said; `context` the one checked (corrections applied).
     */
    async afterCheck(input: {
      ref: InquiryRef;
      pageContext: CheckContext;
      context: CheckContext;
      text: string;
      result: CheckResult;
      tabId?: number;
    }): Promise<InquiryRecord> {
      return withLock(input.ref.key, async () => {
        const previous = await read(input.ref.key);
        const kind = input.context.inquiry?.kind;
        const detected: InquiryRecord['detected'] = {};
        const page = input.pageContext.inquiry;
        if (page?.receivedAt) detected.receivedAt = page.receivedAt;
        if (page?.kind) detected.kind = page.kind;
        let record = recordAfterCheck(previous, {
          key: input.ref.key,
          label: input.ref.label,
          url: input.ref.url ?? '',
          now: now().toISOString(),
          detected,
          auto: autoTicks(deps.current().ruleSet.checklist, input.result, input.text, kind, deps.current().ruleSet.rules),
          result: input.result,
          ...(input.tabId !== undefined ? { tabId: input.tabId } : {}),
        });
        const from = input.ref.movedFrom;
        if (from) record = adoptManualTicks(record, await read(from.key), from.since);
        await write(record);
        return record;
      });
    },

    /** A manual tick or a correction from the panel; null when the inquiry is unknown. */
    async update(update: InquiryUpdate, uiLanguage: UiLanguage = 'nb'): Promise<InquiryRecord | null> {
      return withLock(update.key, async () => {
        const record = await read(update.key);
        if (!record) return null;
        const at = now().toISOString();
        let next: InquiryRecord = { ...record, manual: { ...record.manual }, correction: { ...record.correction }, updatedAt: at };
        if (update.manual) next = withManualTick(next, update.manual.itemId, update.manual.done, at);
        const c = update.correction;
        if (c?.receivedDate === null) delete next.correction.receivedDate;
        else if (c?.receivedDate !== undefined) next.correction.receivedDate = c.receivedDate;
        if (c?.kind === null) delete next.correction.kind;
        else if (c?.kind !== undefined) next.correction.kind = c.kind;
        if (c) {
          const deadline = deadlineOf(deps.current(), next, now(), uiLanguage);
          if (deadline) next.deadline = deadline;
          else delete next.deadline;
        }
        await write(next);
        return next;
      });
    },

    /** «Ignorer» in the popover: the finding stays dismissed for this inquiry; false when it is unknown. */
    async ignore(key: string, token: string): Promise<boolean> {
      return withLock(key, async () => {
        const record = await read(key);
        if (!record) return false;
        await write({ ...record, ignored: withIgnored(record.ignored, token), updatedAt: now().toISOString() });
        return true;
      });
    },

    async list(): Promise<InquiryRecord[]> {
      const all = await deps.local.get(null);
      return Object.entries(all)
        .filter(([k, v]) => k.startsWith(INQUIRY_PREFIX) && isInquiryRecord(v))
        .map(([, v]) => v as InquiryRecord);
    },

    /** Deletes records not touched within the retention period (settings.retentionDays, default 30). */
    async prune(): Promise<string[]> {
      const all = await deps.local.get(null);
      const settings = all[SETTINGS_KEY] as { retentionDays?: unknown } | undefined;
      const days = clampRetentionDays(settings?.retentionDays);
      const records = Object.entries(all)
        .filter(([k]) => k.startsWith(INQUIRY_PREFIX))
        .map(([k, v]) => ({ key: k, updatedAt: isInquiryRecord(v) ? v.updatedAt : '' }));
      const expired = expiredRecords(records, now(), days);
      if (expired.length) await deps.local.remove(expired);
      return expired.map((k) => k.slice(INQUIRY_PREFIX.length));
    },
  };
}

export type InquiryService = ReturnType<typeof createInquiryService>;

class Invalid extends Error {}

/** A clean InquiryUpdate from the panel's message, or null. */
export function parseInquiryUpdate(data: unknown): InquiryUpdate | null {
  try {
    if (!data || typeof data !== 'object') return null;
    const d = data as Record<string, unknown>;
    if (typeof d.key !== 'string' || !/^inq-[0-9a-f]{16}$/.test(d.key)) return null;
    const update: InquiryUpdate = { key: d.key };
    if (d.manual !== undefined) {
      const m = d.manual as Record<string, unknown>;
      if (!m || typeof m.itemId !== 'string' || m.itemId.length > 80 || typeof m.done !== 'boolean') throw new Invalid();
      update.manual = { itemId: m.itemId, done: m.done };
    }
    if (d.correction !== undefined) {
      const c = d.correction as Record<string, unknown>;
      if (!c || typeof c !== 'object') throw new Invalid();
      const correction: NonNullable<InquiryUpdate['correction']> = {};
      if (c.receivedDate === null || isYmd(c.receivedDate)) correction.receivedDate = c.receivedDate as string | null;
      else if (c.receivedDate !== undefined) throw new Invalid();
      if (c.kind === null || (INQUIRY_KINDS as readonly unknown[]).includes(c.kind)) correction.kind = c.kind as InquiryKind | null;
      else if (c.kind !== undefined) throw new Invalid();
      update.correction = correction;
    }
    return update;
  } catch (error) {
    if (error instanceof Invalid) return null;
    throw error;
  }
}

/** The daily prune alarm exists (alarms survive worker restarts, not every browser restart). */
export async function ensurePruneAlarm(alarms: {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): Promise<void> | void;
}): Promise<void> {
  if (await alarms.get(PRUNE_ALARM)) return;
  await alarms.create(PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
}
