import { useId } from 'react';
import { UI_LANGUAGES } from '../rules/ids.ts';
import { usePanel, usePanelStore, useT } from './context.tsx';
import { UI_LANGUAGE_NAMES, isUiLanguage } from './i18n.ts';
import { formatTime } from './format.ts';

export function Footer() {
  const t = useT();
  const store = usePanelStore();
  const lang = usePanel((s) => s.uiLanguage);
  const updatedAt = usePanel((s) => s.tabState?.updatedAt);
  const selectId = useId();
  const time = updatedAt ? formatTime(updatedAt, lang) : '';

  return (
    <footer className="footer">
      <div className="footer-lang">
        <label htmlFor={selectId}>{t('uiLanguage')}</label>
        <select
          id={selectId}
          value={lang}
          data-testid="ui-language"
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (isUiLanguage(next)) void store.getState().setUiLanguage(next);
          }}
        >
          {UI_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {UI_LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </div>
      {time && <p className="muted footer-time">{t('checkedAt', { time })}</p>}
    </footer>
  );
}
