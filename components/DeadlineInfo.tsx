import type { CheckResult, DeadlinePolicyStatus } from '../rules/types.ts';
import { Advice } from './Advice.tsx';
import { usePanel, useT } from './context.tsx';
import { formatDate } from './format.ts';
import type { Translate } from './i18n.ts';
import type { UiLanguage } from '../rules/ids.ts';

function policyLine(policy: DeadlinePolicyStatus, lang: UiLanguage, t: Translate): string {
  const date = formatDate(policy.dueDate, lang);
  const n = Math.abs(policy.workingDaysLeft);
  if (policy.status === 'due-today') return t('deadlineToday', { date });
  if (policy.status === 'overdue') return t(n === 1 ? 'deadlineOverdueOne' : 'deadlineOverdue', { date, n });
  return t(n === 1 ? 'deadlineOkOne' : 'deadlineOk', { date, n });
}

/** Deadlines from the inquiry's receipt date, and the concrete dates the reply mentions. */
export function DeadlineInfo({ result }: { result: CheckResult }) {
  const t = useT();
  const lang = usePanel((s) => s.uiLanguage);
  const { deadline } = result;
  const dates = result.dates ?? [];
  if (!deadline && dates.length === 0) return null;

  return (
    <section className="deadline" aria-labelledby="deadline-heading" data-testid="deadline">
      <h2 id="deadline-heading" className="section-heading">
        {t('deadlineHeading')}
      </h2>
      {deadline && (
        <>
          <p className="muted">{t('received', { date: formatDate(deadline.receivedDate, lang) })}</p>
          {deadline.policies.length > 0 && (
            <ul className="policies">
              {deadline.policies.map((policy) => (
                <li key={policy.policyId} className={`policy policy-${policy.status}`}>
                  <span className="policy-label">{policy.label}</span>
                  <span className="policy-status">{policyLine(policy, lang, t)}</span>
                  {policy.legalReference && <span className="muted policy-ref">{policy.legalReference}</span>}
                  {policy.advice && <Advice source={policy.advice} />}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {dates.length > 0 && (
        <>
          <h3 className="subheading">{t('datesHeading')}</h3>
          <ul className="dates">
            {dates.map((d) => (
              <li key={`${d.start}:${d.end}`}>
                <span className="date-text">«{d.text}»</span> → {formatDate(d.date, lang)}
                {d.promise && <span className="tag">{t('datePromise')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
