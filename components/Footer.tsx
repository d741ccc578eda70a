import { useId } from 'react';
import { usePanel, usePanelStore, useT } from './context.tsx';
import { isUiLanguage } from './i18n.ts';
import { UiLanguageOptions } from './KindOptions.tsx';
import { formatTime } from './format.ts';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../rules/inquiry/record.ts';

export function Footer() {
  const t = useT();
  const store = usePanelStore();
  const lang = usePanel((s) => s.uiLanguage);
  const updatedAt = usePanel((s) => s.tabState?.updatedAt);
  const selectId = useId();
  const retentionId = useId();
  const chooseLanguage = (next: string) => {
    if (isUiLanguage(next)) void store.getState().setUiLanguage(next);
  };
  const retentionDays = usePanel((s) => s.retentionDays);
  const time = updatedAt ? formatTime(updatedAt, lang) : '';

  return (
    <footer className="footer">
      <div className="footer-lang">
        <label htmlFor={selectId}>{t('uiLanguage')}</label>
        <select id={selectId} value={lang} data-testid="ui-language" onChange={(event) => chooseLanguage(event.currentTarget.value)}>
          <UiLanguageOptions />
        </select>
      </div>
      <div className="footer-retention">
        <label htmlFor={retentionId}>{t('retentionLabel')}</label>
        <input
          id={retentionId}
          type="number"
          min={MIN_RETENTION_DAYS}
          max={MAX_RETENTION_DAYS}
          value={retentionDays}
          data-testid="retention-days"
          onChange={(event) => {
            const next = Number(event.currentTarget.value);
            if (Number.isFinite(next) && next >= MIN_RETENTION_DAYS) void store.getState().setRetentionDays(next);
          }}
        />
      </div>
      {time && <p className="muted footer-time">{t('checkedAt', { time })}</p>}
    </footer>
  );
}
