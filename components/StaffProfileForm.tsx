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
        <label>
          {tt('staffName')}
          <input
            type="text"
            value={name}
            maxLength={120}
            autoComplete="name"
            data-testid="staff-name"
            onChange={(e) => (setName(e.currentTarget.value), setSaved(false))}
          />
        </label>
        <label>
          {tt('staffUnit')}
          <input
            type="text"
            value={unit}
            maxLength={120}
            autoComplete="organization"
            data-testid="staff-unit"
            onChange={(e) => (setUnit(e.currentTarget.value), setSaved(false))}
          />
        </label>
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
