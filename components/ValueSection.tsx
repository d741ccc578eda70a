import { useEffect, useId, useState } from 'react';
import type { Finding } from '../rules/types.ts';
import { usePanel, useT } from './context.tsx';
import { FindingItem } from './FindingItem.tsx';
import type { SubgoalGroup, ValueGroup } from './group-findings.ts';
import { subgoalLabel, valueLabel } from './labels.ts';
import { severityLabel } from './format.ts';
import { SeverityBadge } from './SeverityBadge.tsx';

function Count({ count, testId }: { count: number; testId?: string }) {
  const t = useT();
  return (
    <span className="count">
      <span className="count-number" data-testid={testId}>
        {count}
      </span>{' '}
      {count === 1 ? t('findingsUnitOne') : t('findingsUnit')}
    </span>
  );
}

export function FindingList({ findings }: { findings: Finding[] }) {
  return (
    <ul className="findings">
      {findings.map((finding) => (
        <FindingItem key={finding.id} finding={finding} />
      ))}
    </ul>
  );
}

/**
 * Findings shown per sub-goal before "Vis alle": a pasted 100-page document can give a thousand
 * findings, and rendering every card on each check would freeze the panel.
 */
export const FIRST_FINDINGS_SHOWN = 25;

function SubgoalBlock({ group }: { group: SubgoalGroup }) {
  const t = useT();
  const summary = usePanel((s) => s.summary);
  const lang = usePanel((s) => s.uiLanguage);
  const [all, setAll] = useState(false);
  // A finding the popover asked to show is never hidden behind the button, also once its card
  // has taken focus and the request is forgotten (focusDone): the list stays open.
  const wantedIndex = usePanel((s) => (s.focusFindingId === null ? -1 : group.findings.findIndex((f) => f.id === s.focusFindingId)));
  const wantedHidden = wantedIndex >= FIRST_FINDINGS_SHOWN;
  useEffect(() => {
    if (wantedHidden) setAll(true);
  }, [wantedHidden]);
  const showAll = all || group.findings.length <= FIRST_FINDINGS_SHOWN || wantedHidden;
  return (
    <section className="subgoal" data-testid={`subgoal-${group.subgoal}`}>
      <h3 className="subgoal-title">
        <span>{subgoalLabel(group.subgoal, summary, lang)}</span>
        <Count count={group.count} />
      </h3>
      <FindingList findings={showAll ? group.findings : group.findings.slice(0, FIRST_FINDINGS_SHOWN)} />
      {!showAll && (
        <button type="button" className="link-button show-all" onClick={() => setAll(true)}>
          {t('showAllFindings', { count: String(group.findings.length) })}
        </button>
      )}
    </section>
  );
}

export function ValueSection({ group }: { group: ValueGroup }) {
  const t = useT();
  const summary = usePanel((s) => s.summary);
  const lang = usePanel((s) => s.uiLanguage);
  // Sections with findings start open; the user's choice wins once made.
  const [open, setOpen] = useState<boolean | null>(null);
  // A finding the popover asked to show opens its section, even one the user closed.
  const holdsWanted = usePanel((s) => s.focusFindingId !== null && group.subgoals.some((sub) => sub.findings.some((f) => f.id === s.focusFindingId)));
  useEffect(() => {
    if (holdsWanted) setOpen(true);
  }, [holdsWanted]);
  const expanded = holdsWanted || (open ?? group.count > 0);
  const bodyId = useId();

  return (
    <section className={`value value-${group.worst ?? 'none'}`} data-testid={`value-${group.value}`}>
      <h2 className="value-heading">
        <button type="button" className="value-toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setOpen(!expanded)}>
          <span className="chevron" aria-hidden="true" />
          <span className="value-label">{valueLabel(group.value, summary, lang)}</span>
          <span className="value-meta">
            <Count count={group.count} testId={`value-count-${group.value}`} />
            {group.worst && (
              <>
                <span className="visually-hidden">
                  {', '}
                  {t('worstSeverity', { severity: severityLabel(group.worst, t) })}
                </span>
                <SeverityBadge severity={group.worst} hidden />
              </>
            )}
          </span>
        </button>
      </h2>
      <div id={bodyId} className="value-body" hidden={!expanded}>
        {group.subgoals.length === 0 ? (
          <p className="muted">{t('noFindingsInValue')}</p>
        ) : (
          group.subgoals.map((sub) => <SubgoalBlock key={sub.subgoal} group={sub} />)
        )}
      </div>
    </section>
  );
}
