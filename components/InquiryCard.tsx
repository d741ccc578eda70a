import { useId } from 'react';
import { effectiveKind, isYmd } from '../rules/inquiry/record.ts';
import type { InquiryKind } from '../rules/types.ts';
import { usePanel, usePanelStore, useT } from './context.tsx';
import { inquiryLabelText } from './inquiry-label.ts';
import { KindOptions } from './KindOptions.tsx';
import { LabelledField } from './LabelledField.tsx';

/**
 * Which inquiry the panel is about, its kind and when it arrived. Kind and date are what
 * Svarhjelp read from the page; the user can correct both, per inquiry.
 */
export function InquiryCard() {
  const t = useT();
  const lang = usePanel((s) => s.uiLanguage);
  const ref = usePanel((s) => s.tabState?.inquiry);
  const record = usePanel((s) => s.inquiry);
  const store = usePanelStore();
  const headingId = useId();
  if (!ref) return null;

  const kind = effectiveKind(record ?? undefined);
  const detectedDate = record?.detected.receivedAt?.slice(0, 10) ?? '';
  const date = record?.correction.receivedDate ?? detectedDate;
  const corrected = record?.correction.receivedDate !== undefined || record?.correction.kind !== undefined;
  // Choosing what was detected drops the correction rather than storing a copy of the detected value.
  const correctKind = (next: InquiryKind) => {
    void store.getState().correctInquiry({ kind: next === (record?.detected.kind ?? 'unknown') ? null : next });
  };
  const correctDate = (next: string) => {
    if (next === '' || isYmd(next)) void store.getState().correctInquiry({ receivedDate: next === '' || next === detectedDate ? null : next });
  };

  return (
    <section className="inquiry-card" aria-labelledby={headingId} data-testid="inquiry">
      <h2 id={headingId} className="section-heading">
        {t('inquiryHeading')}
      </h2>
      <p className="inquiry-label" data-testid="inquiry-label">
        {inquiryLabelText(ref.label, t, lang)}
      </p>
      {record && (
        <div className="inquiry-fields">
          <LabelledField label={t('inquiryKind')}>
            {(id) => (
              <select id={id} value={kind} data-testid="inquiry-kind" onChange={(event) => correctKind(event.currentTarget.value as InquiryKind)}>
                <KindOptions />
              </select>
            )}
          </LabelledField>
          <LabelledField label={t('receivedDate')}>
            {(id) => <input id={id} type="date" value={date} data-testid="inquiry-received" onChange={(event) => correctDate(event.currentTarget.value)} />}
          </LabelledField>
          {corrected && (
            <p className="inquiry-corrected">
              <span className="muted">{t('corrected')}</span>{' '}
              <button type="button" className="link-button" onClick={() => void store.getState().correctInquiry({ receivedDate: null, kind: null })}>
                {t('correctionReset')}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
