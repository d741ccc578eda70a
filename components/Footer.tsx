import { usePanel, usePanelStore, useT } from './context.tsx';
import { isUiLanguage } from './i18n.ts';
import { UiLanguageOptions } from './KindOptions.tsx';
import { formatTime } from './format.ts';
import { LabelledField } from './LabelledField.tsx';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../rules/inquiry/record.ts';

export function Footer() {
  const t = useT();
  const store = usePanelStore();
  const lang = usePanel((s) => s.uiLanguage);
  const updatedAt = usePanel((s) => s.tabState?.updatedAt);
  const retentionDays = usePanel((s) => s.retentionDays);
  const time = updatedAt ? formatTime(updatedAt, lang) : '';
  const chooseLanguage = (next: string) => {
    if (isUiLanguage(next)) void store.getState().setUiLanguage(next);
  };
  const chooseRetention = (text: string) => {
    const days = Number(text);
    if (Number.isFinite(days) && days >= MIN_RETENTION_DAYS) void store.getState().setRetentionDays(days);
  };

  return (
    <footer className="footer">
      <LabelledField className="footer-lang" label={t('uiLanguage')}>
        {(id) => (
          <select id={id} value={lang} data-testid="ui-language" onChange={(event) => chooseLanguage(event.currentTarget.value)}>
            <UiLanguageOptions />
          </select>
        )}
      </LabelledField>
      <LabelledField className="footer-retention" label={t('retentionLabel')}>
        {(id) => (
          <input
            id={id}
            type="number"
            min={MIN_RETENTION_DAYS}
            max={MAX_RETENTION_DAYS}
            value={retentionDays}
            data-testid="retention-days"
            onChange={(event) => chooseRetention(event.currentTarget.value)}
          />
        )}
      </LabelledField>
      {time && <p className="muted footer-time">{t('checkedAt', { time })}</p>}
    </footer>
  );
}
