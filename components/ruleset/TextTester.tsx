import { useMemo, useState } from 'react';
import { check } from '../../rules/engine/check.ts';
import { compileRuleSet, type CompiledRuleSet } from '../../rules/engine/compile.ts';
import type { RuleLanguage } from '../../rules/ids.ts';
import { acceptRuleSetText, formatBytes, LIMITS } from '../../rules/ruleset/accept.ts';
import { problem, problemText, type AcceptProblem } from '../../rules/ruleset/problems.ts';
import { provenSafePatterns } from '../../rules/ruleset/proven-safe.ts';
import { diffRuleSets } from '../../rules/ruleset/diff.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import { SEVERITY_LABEL } from './labels.ts';
import { useOptionsLanguage, useOptionsT } from './options-language.tsx';
import { findingAdvice, findingMessage } from '../finding-text.ts';

type Draft = { name: string; compiled: CompiledRuleSet } | { name: string; problems: AcceptProblem[] };

/** Reads a draft file through the same acceptance pipeline the extension uses for published sets. */
export async function loadDraft(file: { name: string; size: number; text(): Promise<string> }, active?: RuleSet): Promise<Draft> {
  if (file.size > LIMITS.maxDocumentBytes)
    return {
      name: file.name,
      problems: [
        problem('(dokument)', 'other', { detail: `Filen er for stor (${formatBytes(file.size)}; grensen er ${formatBytes(LIMITS.maxDocumentBytes)}).` }),
      ],
    };
  const result = acceptRuleSetText(await file.text(), { provenSafePatterns: provenSafePatterns(active) });
  return result.ok ? { name: file.name, compiled: result.compiled } : { name: file.name, problems: result.problems };
}

/** "Test en tekst": findings for a text with the active set, or with a draft before it is published. */
export function TextTester({ active }: { active: RuleSet }) {
  const t = useOptionsT();
  const lang = useOptionsLanguage();
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<'' | RuleLanguage>('');
  const [useDraft, setUseDraft] = useState(false);
  const [draft, setDraft] = useState<Draft | undefined>();
  const activeCompiled = useMemo(() => {
    try {
      return compileRuleSet(active);
    } catch {
      return undefined;
    }
  }, [active]);
  const compiled = useDraft && draft && 'compiled' in draft ? draft.compiled : useDraft ? undefined : activeCompiled;
  const result = useMemo(() => (compiled && text.trim() ? check(text, language ? { language } : {}, compiled) : undefined), [compiled, text, language]);

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setDraft(await loadDraft(file, active));
    setUseDraft(true);
  };

  return (
    <section aria-labelledby="test-h">
      <h2 id="test-h">{t('testHeading')}</h2>
      <fieldset>
        <legend>{t('testRuleSet')}</legend>
        <label>
          <input type="radio" name="which" checked={!useDraft} onChange={() => setUseDraft(false)} />{' '}
          {t('testActive', { name: active.name, version: active.version })}
        </label>
        <label>
          <input type="radio" name="which" checked={useDraft} disabled={!draft} onChange={() => setUseDraft(true)} /> {t('testDraft')}
          {draft ? `: ${draft.name}` : ''}
        </label>
        <label>
          {t('testLoadDraft')} <input type="file" accept=".json,application/json" onChange={onFile} data-testid="draft-file" />
        </label>
      </fieldset>
      {draft && 'problems' in draft ? (
        <div className="notice error" role="alert" data-testid="draft-problems">
          <p>{t('draftRefused', { name: draft.name, count: draft.problems.length })}</p>
          <ul>
            {draft.problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {problemText(p, lang)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {draft && 'compiled' in draft ? (
        <details className="notice ok" data-testid="draft-ok">
          <summary>{t('draftAccepted', { name: draft.name, id: draft.compiled.ruleSet.id, version: draft.compiled.ruleSet.version })}</summary>
          <ul>
            {diffRuleSets(active, draft.compiled.ruleSet, lang).map((d, i) => (
              <li key={i}>{d.text}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <label>
        {t('testLanguage')}
        <select value={language} onChange={(e) => setLanguage(e.target.value as '' | RuleLanguage)}>
          <option value="">{t('detectLanguage')}</option>
          <option value="nob">{t('langNob')}</option>
          <option value="nno">{t('langNno')}</option>
          <option value="eng">{t('langEng')}</option>
        </select>
      </label>
      <label>
        {t('testText')}
        <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} data-testid="test-text" placeholder={t('testPlaceholder')} />
      </label>
      {result ? (
        <div data-testid="test-findings">
          <p>
            {result.findings.length === 0 ? t('noFindings') : t('findingsCount', { count: result.findings.length })} · LIX {result.metrics.lix}
          </p>
          <ul>
            {result.findings.map((f) => (
              <li key={f.id} data-rule-id={f.ruleId}>
                <span className={`sev sev-${f.severity}`}>{t(SEVERITY_LABEL[f.severity])}</span> «{text.slice(f.start, f.end)}»: {findingMessage(f, lang)}
                {f.suggestions.length ? ` → ${f.suggestions.map((s) => `«${s}»`).join(' / ')}` : ''} <code>{f.ruleId}</code>
                {findingAdvice(f, lang) ? <p className="advice">{findingAdvice(f, lang)}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
