import type { RuleSetStatus } from '../../entrypoints/shared/protocol.ts';
import { formatTime, RESULT_LABEL } from './labels.ts';

interface Props {
  status: RuleSetStatus | undefined;
  busy: boolean;
  onRefresh(): void;
}

/** Which rule set is active, where it came from, and how the last update went. */
export function StatusPanel({ status, busy, onRefresh }: Props) {
  if (!status) return <section aria-labelledby="status-h"><h2 id="status-h">Regelsett</h2><p>Henter status …</p></section>;
  const { active, config } = status;
  return (
    <section aria-labelledby="status-h" data-testid="ruleset-status">
      <h2 id="status-h">Regelsett i bruk</h2>
      <dl className="facts">
        <dt>Navn</dt>
        <dd data-testid="active-name">{active.name}</dd>
        <dt>Versjon</dt>
        <dd data-testid="active-version">{active.version}</dd>
        <dt>Utgiver</dt>
        <dd>{active.publisher}</dd>
        <dt>Publisert</dt>
        <dd>{formatTime(active.publishedAt)}</dd>
        <dt>Kilde</dt>
        <dd data-testid="active-source">{active.source === 'remote' ? `Publisert regelsett (${active.url ?? 'ukjent adresse'})` : 'Standardregelsettet som følger med Svarhjelp'}</dd>
        <dt>Sist sjekket</dt>
        <dd data-testid="last-check">{formatTime(status.lastCheck)}{status.lastResult ? ` – ${RESULT_LABEL[status.lastResult]}` : ''}</dd>
        <dt>Oppsett</dt>
        <dd>
          {config.source === 'policy' ? 'Styrt av administrator (policy)' : config.source === 'pilot' ? 'Pilotoppsett i disse innstillingene' : 'Ikke satt opp – standardregelsettet brukes'}
          {config.unit ? `, enhet ${config.unit}` : ''}
          {config.ruleSetUrl ? `, hentes hvert ${config.refreshMinutes}. minutt` : ''}
        </dd>
      </dl>
      {status.lastError ? (
        <div className="notice error" role="alert" data-testid="last-error">
          <p>{status.lastError}</p>
          <p>Regelsettet som var i bruk, gjelder fortsatt.</p>
        </div>
      ) : null}
      {config.problems.length > 0 ? (
        <div className="notice warning" data-testid="config-problems">
          <p>Problemer med oppsettet:</p>
          <ul>{config.problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
        </div>
      ) : null}
      <button type="button" onClick={onRefresh} disabled={busy || !config.ruleSetUrl} data-testid="refresh-now">
        {busy ? 'Oppdaterer …' : 'Oppdater nå'}
      </button>
    </section>
  );
}
