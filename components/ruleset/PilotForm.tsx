import { type ChangeEvent, useEffect, useState } from 'react';
import { problemText, type Problem } from '../../rules/ruleset/problems.ts';
import { checkPilotSettings, DEFAULT_REFRESH_MINUTES, type PilotSettings } from '../../entrypoints/background/policy.ts';
import type { RuleSetStatus } from '../../entrypoints/shared/protocol.ts';
import { useOptionsLanguage, useOptionsT } from './options-language.tsx';

/** A setting that a managed policy can enforce. */
type LockableSetting = RuleSetStatus['config']['locked'][number];

interface Props {
  initial: PilotSettings;
  status: RuleSetStatus | undefined;
  onSave(settings: PilotSettings): Promise<void>;
}

/** Pilot mode: URL and trusted key pasted in. Fields set by policy are shown read-only. */
export function PilotForm({ initial, status, onSave }: Props) {
  const t = useOptionsT();
  const lang = useOptionsLanguage();
  const [url, setUrl] = useState(initial.ruleSetUrl ?? '');
  const [keys, setKeys] = useState((initial.trustedKeys ?? []).join('\n'));
  const [minutes, setMinutes] = useState(String(initial.refreshMinutes ?? DEFAULT_REFRESH_MINUTES));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setUrl(initial.ruleSetUrl ?? '');
    setKeys((initial.trustedKeys ?? []).join('\n'));
    setMinutes(String(initial.refreshMinutes ?? DEFAULT_REFRESH_MINUTES));
  }, [initial]);

  const locked = new Set(status?.config.locked ?? []);
  const allLocked = locked.size === 3;
  const lockNote = <span className="locked-note">{t('lockedNote')}</span>;
  /** A field's name, value and editability: what the policy enforces is shown read-only instead of the own value. */
  const lockable = (name: LockableSetting, own: string, enforced: string, set: (value: string) => void) => ({
    name,
    value: locked.has(name) ? enforced : own,
    readOnly: locked.has(name),
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(e.target.value),
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    // One key per line, or several JWKs pasted as a JSON array.
    const keyList = splitKeys(keys);
    const settings: PilotSettings = {};
    if (url.trim()) settings.ruleSetUrl = url.trim();
    if (keyList.length) settings.trustedKeys = keyList;
    const n = Number(minutes);
    if (minutes.trim()) settings.refreshMinutes = n;
    const found = checkPilotSettings(settings);
    setProblems(found);
    if (found.length) return;
    await onSave(settings);
    setSaved(true);
  };

  return (
    <section aria-labelledby="pilot-h">
      <h2 id="pilot-h">{t('pilotHeading')}</h2>
      {status?.config.hasPolicy ? <p>{t('pilotPolicy')}</p> : <p>{t('pilotNoPolicy')}</p>}
      <form onSubmit={submit} data-testid="pilot-form">
        <label>
          {t('pilotUrl')} {locked.has('ruleSetUrl') ? lockNote : null}
          <input type="url" {...lockable('ruleSetUrl', url, status?.config.ruleSetUrl ?? '', setUrl)} placeholder="https://…/regelsett.jws" />
        </label>
        <label>
          {t('pilotKeys')} {locked.has('trustedKeys') ? lockNote : null}
          <textarea
            rows={4}
            {...lockable('trustedKeys', keys, (status?.config.trustedKeyIds ?? []).map((k) => `kid ${k}`).join('\n'), setKeys)}
            placeholder='{"kty":"EC","crv":"P-256",…}'
          />
        </label>
        <label>
          {t('pilotMinutes')} {locked.has('refreshMinutes') ? lockNote : null}
          <input type="number" min={1} max={1440} {...lockable('refreshMinutes', minutes, String(status?.config.refreshMinutes ?? ''), setMinutes)} />
        </label>
        {problems.length ? (
          <ul className="notice error" role="alert">
            {problems.map((p, i) => (
              <li key={i}>{problemText(p, lang)}</li>
            ))}
          </ul>
        ) : null}
        {saved ? (
          <p className="notice ok" role="status">
            {t('pilotSaved')}
          </p>
        ) : null}
        <button type="submit" disabled={allLocked} data-testid="pilot-save">
          {t('pilotSave')}
        </button>
      </form>
    </section>
  );
}

export function splitKeys(text: string): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (trimmed.startsWith('[')) {
    try {
      const list = JSON.parse(trimmed) as unknown[];
      if (Array.isArray(list)) return list.map((k) => (typeof k === 'string' ? k : JSON.stringify(k)));
    } catch {
      // fall through: treat as lines
    }
  }
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) return [trimmed.replace(/\s*\n\s*/g, ' ')];
  return trimmed
    .split(/\n(?=\s*\{)/)
    .map((k) => k.trim())
    .filter(Boolean);
}
