import { useEffect, useId, useMemo } from 'react';
import { useStore } from 'zustand';
import type { UiLanguage } from '../rules/ids.ts';
import { fillTemplate, PLACEHOLDER_LABELS } from '../rules/templates/placeholders.ts';
import { searchTemplates, suggestedTemplates } from '../rules/templates/search.ts';
import type { ReplyTemplate } from '../rules/ruleset/types.ts';
import { usePanel, useT } from './context.tsx';
import { KindOptions, UiLanguageOptions } from './KindOptions.tsx';
import { LabelledField } from './LabelledField.tsx';
import { readStaffProfile, watchStaffProfile } from './staff-profile.ts';
import { templateTranslator } from './templates-i18n.ts';
import { inquiryKind, replyLanguage, templateFacts, type KindFilter, type TemplatesStore } from './templates-store.ts';

/**
 * «Svarmaler»: standard answers of the active rule set. Search by words and by the inquiry's
 * kind, a suggestion for the inquiry at hand, a preview with what Svarhjelp filled in and what it
 * could not, and «Sett inn» at the caret of the field being written in.
 */
export function TemplatesTab({ store }: { store: TemplatesStore }) {
  const t = useT();
  const uiLanguage = usePanel((s) => s.uiLanguage);
  const tt = useMemo(() => templateTranslator(uiLanguage), [uiLanguage]);
  const summary = usePanel((s) => s.summary);
  const tabState = usePanel((s) => s.tabState);
  const inquiry = usePanel((s) => s.inquiry);
  const tabId = usePanel((s) => s.tabId);
  const { query, kind, selectedId, language, staff, status } = useStore(store);
  const langId = useId();

  useEffect(() => {
    let live = true;
    void readStaffProfile().then(
      (p) => live && store.getState().setStaff(p),
      () => undefined,
    );
    const stop = watchStaffProfile((p) => store.getState().setStaff(p));
    return () => {
      live = false;
      stop();
    };
  }, [store]);

  const templates = summary?.templates ?? [];
  const currentKind = inquiryKind({ inquiry });
  const lang: UiLanguage = language ?? replyLanguage({ tabState, uiLanguage });
  const filtering = query.trim() !== '' || kind !== 'all';
  const results = useMemo(() => searchTemplates(templates, query, kind === 'all' ? undefined : kind), [templates, query, kind]);
  const suggested = useMemo(() => (filtering ? [] : suggestedTemplates(templates, currentKind)), [templates, currentKind, filtering]);
  const selected = templates.find((x) => x.id === selectedId) ?? (filtering ? results[0] : suggested[0]) ?? null;
  const facts = useMemo(() => templateFacts({ tabState, inquiry, summary }, staff), [tabState, inquiry, summary, staff]);
  const filled = selected ? fillTemplate(selected.text[lang] ?? selected.text.nb, facts, lang) : null;

  if (!summary) return <p className="muted loading">{t('loading')}</p>;
  if (templates.length === 0) return <p className="empty">{tt('templatesEmptySet')}</p>;

  const item = (tpl: ReplyTemplate) => (
    <li key={tpl.id}>
      <button
        type="button"
        className={`template-item${selected?.id === tpl.id ? ' template-item-selected' : ''}`}
        aria-pressed={selected?.id === tpl.id}
        data-testid="template-item"
        data-template-id={tpl.id}
        onClick={() => store.getState().select(tpl.id)}
      >
        {tpl.title[uiLanguage] ?? tpl.title.nb}
      </button>
    </li>
  );
  const target = tabState && tabId !== null ? { tabId, frameId: tabState.frameId, fieldKey: tabState.fieldKey } : null;

  return (
    <section className="templates" aria-label={tt('templatesHeading')} data-testid="templates">
      <div className="templates-filters">
        <LabelledField label={tt('templatesSearch')}>
          {(id) => (
            <input
              id={id}
              type="search"
              value={query}
              placeholder={tt('templatesSearchPlaceholder')}
              data-testid="template-search"
              onChange={(e) => store.getState().setQuery(e.currentTarget.value)}
            />
          )}
        </LabelledField>
        <LabelledField label={tt('templatesKind')}>
          {(id) => (
            <select id={id} value={kind} data-testid="template-kind" onChange={(e) => store.getState().setKind(e.currentTarget.value as KindFilter)}>
              <option value="all">{tt('templatesKindAll')}</option>
              <KindOptions />
            </select>
          )}
        </LabelledField>
      </div>

      {!filtering && suggested.length > 0 && (
        <div className="template-group" data-testid="template-suggested">
          <h2 className="section-heading">{tt('templatesSuggested')}</h2>
          <ul className="template-list">{suggested.map(item)}</ul>
        </div>
      )}
      {selected && filled && (
        <div className="template-preview-card" data-testid="template-preview-card">
          <div className="template-preview-head">
            <h2 className="section-heading">{tt('templatesPreview')}</h2>
            <label htmlFor={langId} className="visually-hidden">
              {tt('templatesLanguage')}
            </label>
            <select
              id={langId}
              value={lang}
              data-testid="template-language"
              onChange={(e) => store.getState().setLanguage(e.currentTarget.value as UiLanguage)}
            >
              <UiLanguageOptions />
            </select>
          </div>
          <p className="template-title">{selected.title[lang] ?? selected.title.nb}</p>
          <div className="template-preview" data-testid="template-preview" lang={lang === 'en' ? 'en' : lang}>
            {filled.parts.map((part, i) =>
              part.placeholder ? (
                <mark
                  key={i}
                  className={part.filled ? 'ph ph-filled' : 'ph ph-unfilled'}
                  data-placeholder={part.placeholder}
                  data-filled={part.filled ? 'true' : 'false'}
                  title={part.filled ? undefined : tt('templatesUnfilledMark')}
                >
                  {part.text}
                </mark>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </div>
          <p className={filled.unfilled.length ? 'note' : 'muted'} data-testid="template-unfilled">
            {filled.unfilled.length
              ? tt('templatesUnfilled', { names: filled.unfilled.map((n) => PLACEHOLDER_LABELS[n][uiLanguage]).join(', ') })
              : tt('templatesAllFilled')}
          </p>
          <button
            type="button"
            className="btn btn-suggestion"
            data-testid="template-insert"
            disabled={status === 'busy'}
            onPointerDown={(e) => e.preventDefault()}
            onClick={() => void store.getState().insert(target, filled.text)}
          >
            {tt('templatesInsert')}
          </button>
          <p className="live" role="status" data-testid="template-status" data-status={status}>
            {status === 'inserted'
              ? tt('templatesInserted')
              : status === 'failed'
                ? tt('templatesInsertFailed')
                : status === 'no-field'
                  ? tt('templatesNoField')
                  : ''}
          </p>
        </div>
      )}
      <div className="template-group" data-testid="template-results">
        <h2 className="section-heading">{tt('templatesAll')}</h2>
        {results.length === 0 ? <p className="muted">{tt('templatesNone')}</p> : <ul className="template-list">{results.map(item)}</ul>}
      </div>
    </section>
  );
}
