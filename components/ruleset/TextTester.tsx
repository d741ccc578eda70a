import { useMemo, useState } from 'react';
import { check } from '../../rules/engine/check.ts';
import { compileRuleSet, type CompiledRuleSet } from '../../rules/engine/compile.ts';
import type { RuleLanguage } from '../../rules/ids.ts';
import { acceptRuleSetText, formatBytes, LIMITS, type AcceptProblem } from '../../rules/ruleset/accept.ts';
import { diffRuleSets } from '../../rules/ruleset/diff.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import { SEVERITY_LABEL } from './labels.ts';

type Draft = { name: string; compiled: CompiledRuleSet } | { name: string; problems: AcceptProblem[] };

/** Reads a draft file through the same acceptance pipeline the extension uses for published sets. */
export async function loadDraft(file: { name: string; size: number; text(): Promise<string> }): Promise<Draft> {
  if (file.size > LIMITS.maxDocumentBytes)
    return { name: file.name, problems: [{ path: '(dokument)', message: `Filen er for stor (${formatBytes(file.size)}; grensen er ${formatBytes(LIMITS.maxDocumentBytes)}).` }] };
  const result = acceptRuleSetText(await file.text());
  return result.ok ? { name: file.name, compiled: result.compiled } : { name: file.name, problems: result.problems };
}

/** "Test en tekst": findings for a text with the active set, or with a draft before it is published. */
export function TextTester({ active }: { active: RuleSet }) {
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
    setDraft(await loadDraft(file));
    setUseDraft(true);
  };

  return (
    <section aria-labelledby="test-h">
      <h2 id="test-h">Test en tekst</h2>
      <fieldset>
        <legend>Regelsett</legend>
        <label>
          <input type="radio" name="which" checked={!useDraft} onChange={() => setUseDraft(false)} /> Det aktive ({active.name} {active.version})
        </label>
        <label>
          <input type="radio" name="which" checked={useDraft} disabled={!draft} onChange={() => setUseDraft(true)} /> Utkast fra fil{draft ? `: ${draft.name}` : ''}
        </label>
        <label>
          Last inn et utkast (JSON) <input type="file" accept=".json,application/json" onChange={onFile} data-testid="draft-file" />
        </label>
      </fieldset>
      {draft && 'problems' in draft ? (
        <div className="notice error" role="alert" data-testid="draft-problems">
          <p>Utkastet «{draft.name}» kan ikke brukes ({draft.problems.length} problemer):</p>
          <ul>{draft.problems.map((p, i) => <li key={i}><code>{p.path}</code>: {p.message}</li>)}</ul>
        </div>
      ) : null}
      {draft && 'compiled' in draft ? (
        <details className="notice ok" data-testid="draft-ok">
          <summary>Utkastet «{draft.name}» er godkjent: {draft.compiled.ruleSet.id} {draft.compiled.ruleSet.version}. Endringer fra det aktive:</summary>
          <ul>{diffRuleSets(active, draft.compiled.ruleSet).map((d, i) => <li key={i}>{d.text}</li>)}</ul>
        </details>
      ) : null}
      <label>
        Språk
        <select value={language} onChange={(e) => setLanguage(e.target.value as '' | RuleLanguage)}>
          <option value="">Finn automatisk</option>
          <option value="nob">Bokmål</option>
          <option value="nno">Nynorsk</option>
          <option value="eng">Engelsk</option>
        </select>
      </label>
      <label>
        Tekst
        <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} data-testid="test-text" placeholder="Skriv eller lim inn et svar her" />
      </label>
      {result ? (
        <div data-testid="test-findings">
          <p>{result.findings.length === 0 ? 'Ingen funn.' : `${result.findings.length} funn`} · LIX {result.metrics.lix}</p>
          <ul>
            {result.findings.map((f) => (
              <li key={f.id} data-rule-id={f.ruleId}>
                <span className={`sev sev-${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span> «{text.slice(f.start, f.end)}»: {f.message}
                {f.suggestions.length ? ` → ${f.suggestions.map((s) => `«${s}»`).join(' / ')}` : ''} <code>{f.ruleId}</code>
                {f.advice ? <p className="advice">{f.advice}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
