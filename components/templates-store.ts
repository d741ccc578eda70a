// State of the «Svarmaler» tab: the search, the kind filter, the chosen template and language,
// the staff profile, and the last «Sett inn». The facts a template is filled from are derived
// from the panel's state (the tab's inquiry, its deadline, the citizen's name) — never stored.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { UiLanguage } from '../rules/ids.ts';
import { effectiveKind } from '../rules/inquiry/record.ts';
import type { TemplateFacts } from '../rules/templates/placeholders.ts';
import { templateFactsFrom } from '../rules/templates/facts.ts';
import type { InquiryKind } from '../rules/types.ts';
import type { FieldTarget, PanelApi } from './panel-api.ts';
import type { PanelState } from './panel-store.ts';
import type { StaffProfile } from './staff-profile.ts';

export type KindFilter = InquiryKind | 'all';
export type InsertStatus = 'idle' | 'busy' | 'inserted' | 'failed' | 'no-field';

export interface TemplatesState {
  query: string;
  kind: KindFilter;
  selectedId: string | null;
  /** The language variant to insert; null follows the reply's language. */
  language: UiLanguage | null;
  staff: StaffProfile;
  status: InsertStatus;
  setQuery(query: string): void;
  setKind(kind: KindFilter): void;
  select(id: string | null): void;
  setLanguage(language: UiLanguage): void;
  setStaff(staff: StaffProfile): void;
  insert(target: FieldTarget | null, text: string): Promise<void>;
}

export type TemplatesStore = StoreApi<TemplatesState>;

export function createTemplatesStore(api: Pick<PanelApi, 'insertTemplate'>): TemplatesStore {
  return createStore<TemplatesState>()((set) => ({
    query: '',
    kind: 'all',
    selectedId: null,
    language: null,
    staff: {},
    status: 'idle',
    setQuery: (query) => set({ query, status: 'idle' }),
    setKind: (kind) => set({ kind, status: 'idle' }),
    select: (selectedId) => set({ selectedId, status: 'idle' }),
    setLanguage: (language) => set({ language, status: 'idle' }),
    setStaff: (staff) => set({ staff }),
    async insert(target, text) {
      if (!target || !api.insertTemplate) {
        set({ status: 'no-field' });
        return;
      }
      set({ status: 'busy' });
      try {
        set({ status: (await api.insertTemplate(target, text)) ? 'inserted' : 'failed' });
      } catch {
        set({ status: 'failed' });
      }
    },
  }));
}

const REPLY_TO_UI: Record<string, UiLanguage> = { nob: 'nb', nno: 'nn', eng: 'en' };

/** The language a template is offered in: the reply's own when known, else the UI language. */
export function replyLanguage(panel: Pick<PanelState, 'tabState' | 'uiLanguage'>): UiLanguage {
  return REPLY_TO_UI[panel.tabState?.result.language ?? ''] ?? panel.uiLanguage;
}

/** The inquiry's kind as the panel knows it (the user's correction first), undefined without one. */
export function inquiryKind(panel: Pick<PanelState, 'inquiry'>): InquiryKind | undefined {
  return panel.inquiry ? effectiveKind(panel.inquiry) : undefined;
}

/** What the templates are filled from, for the tab the panel shows. */
export function templateFacts(panel: Pick<PanelState, 'tabState' | 'inquiry' | 'summary'>, staff: StaffProfile, now: Date = new Date()): TemplateFacts {
  return templateFactsFrom(
    {
      ...(panel.tabState?.result.deadline ? { deadline: panel.tabState.result.deadline } : {}),
      ...(panel.tabState?.inquiry ? { inquiryLabel: panel.tabState.inquiry.label } : {}),
      ...(panel.tabState?.citizenName ? { citizenName: panel.tabState.citizenName } : {}),
      record: panel.inquiry,
      ...(panel.summary?.calendar ? { calendar: panel.summary.calendar } : {}),
      staff,
    },
    now,
  );
}
