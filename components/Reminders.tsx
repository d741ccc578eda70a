import { useId } from 'react';
import { upcoming } from '../rules/inquiry/reminders.ts';
import { usePanel, usePanelStore, useT } from './context.tsx';
import { formatDate } from './format.ts';
import { inquiryLabelText } from './inquiry-label.ts';

/** Upcoming reminders of every inquiry, soonest first, each cancelable. */
export function Reminders() {
  const t = useT();
  const lang = usePanel((s) => s.uiLanguage);
  const reminders = usePanel((s) => s.reminders);
  const store = usePanelStore();
  const headingId = useId();
  const list = upcoming(reminders, Date.now());
  if (list.length === 0) return null;
  return (
    <section className="reminders" aria-labelledby={headingId} data-testid="reminders">
      <h2 id={headingId} className="section-heading">
        {t('remindersHeading')}
      </h2>
      <ul className="reminder-list">
        {list.map((r) => {
          const date = formatDate(r.date, lang);
          const label = inquiryLabelText(r.label, t, lang);
          return (
            <li key={r.id} data-testid="reminder">
              <span>{t('reminderLine', { date, label })}</span>
              <button
                type="button"
                className="small-button"
                aria-label={t('cancelReminderAria', { date, label })}
                onClick={() => void store.getState().cancelReminder(r.id)}
              >
                {t('cancelReminder')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
