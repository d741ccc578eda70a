import { useEffect, useMemo, useState } from 'react';
import { readStaffProfile, writeStaffProfile } from './staff-profile.ts';
import { templateTranslator } from './templates-i18n.ts';
import { useOptionsLanguage, useOptionsT } from './ruleset/options-language.tsx';

/** The options page's «Deg som svarer»: name and unit for the templates' {staffName} and {staffUnit}. */
export function StaffProfileForm() {
  const lang = useOptionsLanguage();
  const tt = useMemo(() => templateTranslator(lang), [lang]);
  const t = useOptionsT();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void readStaffProfile().then(
      (p) => {
        setName(p.name ?? '');
        setUnit(p.unit ?? '');
      },
      () => undefined,
    );
  }, []);
  return (
    <section aria-labelledby="staff-h">
      <h2 id="staff-h">{tt('staffHeading')}</h2>
      <p>{tt('staffHelp')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void writeStaffProfile({ name, unit }).then(() => setSaved(true));
        }}
      >
        <ProfileField label={tt('staffName')} value={name} autoComplete="name" testId="staff-name" onChange={(v) => (setName(v), setSaved(false))} />
        <ProfileField label={tt('staffUnit')} value={unit} autoComplete="organization" testId="staff-unit" onChange={(v) => (setUnit(v), setSaved(false))} />
        <button type="submit" data-testid="staff-save">
          {t('save')}
        </button>
        <span role="status" data-testid="staff-status">
          {saved ? t('saved') : ''}
        </span>
      </form>
    </section>
  );
}

/** One line of the profile: a label around its text input. */
function ProfileField(props: { label: string; value: string; autoComplete: string; testId: string; onChange(value: string): void }) {
  return (
    <label>
      {props.label}
      <input
        type="text"
        value={props.value}
        maxLength={120}
        autoComplete={props.autoComplete}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
    </label>
  );
}
