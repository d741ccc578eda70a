import type { CheckResult, DeadlinePolicyStatus } from '../rules/types.ts';
import { canRemind, reminderId } from '../rules/inquiry/reminders.ts';
import { Advice } from './Advice.tsx';
import { usePanel, usePanelStore, useT } from './context.tsx';
import { formatDate } from './format.ts';
import { policyAdvice, policyLabel } from './finding-text.ts';
import type { Translate } from './i18n.ts';
import type { UiLanguage } from '../rules/ids.ts';

function policyLine(policy: DeadlinePolicyStatus, lang: UiLanguage, t: Translate): string {
  const date = formatDate(policy.dueDate, lang);
  const n = Math.abs(policy.workingDaysLeft);
  if (policy.status === 'due-today') return t('deadlineToday', { date });
  if (policy.status === 'overdue') return t(n === 1 ? 'deadlineOverdueOne' : 'deadlineOverdue', { date, n });
  return t(n === 1 ? 'deadlineOkOne' : 'deadlineOk', { date, n });
}

/**
 * A policy whose date is for a foreløpig svar (fvl § 11 a): the set says so with
 * `purpose: 'interim-reply'`. Sets published before that field existed are recognised by the
 * bundled standard's id, unless they say the policy is for the answer itself.
 */
const LEGACY_INTERIM_POLICY_ID = 'forelopig-svar';
export function isInterimReplyPolicy(policy: Pick<DeadlinePolicyStatus, 'policyId' | 'purpose'> & { purpose?: string }): boolean {
  return policy.purpose === 'interim-reply' || (policy.purpose === undefined && policy.policyId === LEGACY_INTERIM_POLICY_ID);
}

/**
 * Deadlines from the inquiry's receipt date under each policy that applies to its kind
 * (arbeidsdager with Norwegian holidays), the foreløpig-svar reminder where fvl § 11 a applies,
 * and the dates the reply mentions — a promised date can become a reminder.
 */
export function DeadlineInfo({ result }: { result: CheckResult }) {
  const t = useT();
  const lang = usePanel((s) => s.uiLanguage);
  const hasInquiry = usePanel((s) => !!s.tabState?.inquiry);
  const record = usePanel((s) => s.inquiry);
  const reminders = usePanel((s) => s.reminders);
  const store = usePanelStore();
  const { deadline } = result;
  // One row per date: the reply may mention the same date twice.
  const dates = [...new Map((result.dates ?? []).map((d) => [`${d.date}:${d.promise}`, d])).values()];
  if (!deadline && dates.length === 0 && !hasInquiry) return null;
  const now = Date.now();

  return (
    <section className="deadline" aria-labelledby="deadline-heading" data-testid="deadline">
      <h2 id="deadline-heading" className="section-heading">
        {t('deadlineHeading')}
      </h2>
      {deadline ? (
        <>
          <p className="muted" data-testid="deadline-received">
            {t('received', { date: formatDate(deadline.receivedDate, lang) })}
          </p>
          {deadline.policies.length > 0 && (
            <ul className="policies">
              {deadline.policies.map((policy) => (
                <li key={policy.policyId} className={`policy policy-${policy.status}`} data-testid={`policy-${policy.policyId}`} data-status={policy.status}>
                  <span className="policy-label">{policyLabel(policy, lang)}</span>
                  <span className="policy-status">{policyLine(policy, lang, t)}</span>
                  {policy.legalReference && <span className="muted policy-ref">{policy.legalReference}</span>}
                  {isInterimReplyPolicy(policy) && (
                    <p className="policy-forelopig" data-testid="forelopig-reminder">
                      {t('forelopigReminder', { date: formatDate(policy.dueDate, lang), ref: policy.legalReference ?? 'fvl. § 11 a' })}
                    </p>
                  )}
                  {policyAdvice(policy, lang) && <Advice source={policyAdvice(policy, lang)!} />}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        hasInquiry && <p className="muted">{t('deadlineNoReceived')}</p>
      )}
      {dates.length > 0 && (
        <>
          <h3 className="subheading">{t('datesHeading')}</h3>
          <ul className="dates">
            {dates.map((d) => {
              const date = formatDate(d.date, lang);
              const id = record ? reminderId(record.key, d.date) : '';
              const scheduled = record && reminders.some((r) => r.id === id);
              return (
                <li key={`${d.date}:${d.promise}`} data-testid={`date-${d.date}`}>
                  <span>{d.promise ? t('promisedDate', { date }) : t('mentionedDate', { date })}</span>
                  {d.promise && <span className="tag">{t('datePromise')}</span>}
                  {d.promise &&
                    record &&
                    (scheduled ? (
                      <span className="reminder-set" data-testid="reminder-set">
                        {t('reminderSetFor')}
                      </span>
                    ) : canRemind(d.date, now) ? (
                      <button
                        type="button"
                        className="small-button"
                        data-testid="remind-me"
                        aria-label={t('remindMeAria', { date })}
                        onClick={() => void store.getState().remind(d.date)}
                      >
                        {t('remindMe')}
                      </button>
                    ) : (
                      <span className="muted">{t('datePassed')}</span>
                    ))}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
