// A unit's overlay on a base rule set (docs/rule-sets.md, "Overlay"). Units may tune the common
// standard — turn rules off, change a severity, add words — but not write new rules or code,
// so an overlay is small, reviewable data and the merged set still goes through accept.ts.
import * as v from 'valibot';
import { RULE_LANGUAGES, SEVERITIES } from '../ids.ts';
import { schemaProblem } from './accept.ts';
import { problem, type AcceptProblem } from './problems.ts';
import type { RuleLanguage, Severity } from '../ids.ts';
import type { RuleSet } from './types.ts';
import { ID } from './schema.ts';

export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
  /** Existence rules: more words or phrases to flag. */
  addWords?: string[];
  /** Substitution rules: more phrases with their plain alternatives. */
  addEntries?: Array<{ match: string[]; suggest: Partial<Record<RuleLanguage, string[]>> }>;
}

export interface RuleSetOverlay {
  overlayVersion: 1;
  /** The unit, e.g. "bergen.servicetorget". */
  unit: string;
  /** Id of the base set this overlay is written for; a mismatch is an error. */
  base: string;
  /** The unit's own release number for the merged set; without it the merged set has the base's version. */
  version?: string;
  description?: string;
  rules: Record<string, RuleOverride>;
}

const WORD = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

export const OVERLAY_SCHEMA = v.strictObject({
  overlayVersion: v.literal(1),
  unit: ID,
  base: ID,
  version: v.optional(v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be MAJOR.MINOR.PATCH'))),
  description: v.optional(v.pipe(v.string(), v.maxLength(4000))),
  rules: v.pipe(
    v.record(
      ID,
      v.strictObject({
        enabled: v.optional(v.boolean()),
        severity: v.optional(v.picklist(SEVERITIES)),
        addWords: v.optional(v.pipe(v.array(WORD), v.maxLength(2000))),
        addEntries: v.optional(
          v.pipe(
            v.array(
              v.strictObject({
                match: v.pipe(v.array(WORD), v.minLength(1)),
                suggest: v.record(v.picklist(RULE_LANGUAGES), v.array(v.pipe(v.string(), v.maxLength(200)))),
              }),
            ),
            v.maxLength(2000),
          ),
        ),
      }),
    ),
    v.check((rules) => Object.keys(rules).length <= 1000, 'too many rule overrides (max 1000)'),
  ),
});

export type LayerResult = { ok: true; ruleSet: RuleSet } | { ok: false; problems: AcceptProblem[] };

export interface OverlayOptions {
  /** When the merge is made: the merged set's publishedAt (default: now). */
  now?: Date;
}

/**
 * Applies an overlay to a base set (neither is modified). The merged set is a set of its own:
 * id "base+unit", the overlay's version (else the base's), publishedAt = when it was merged, and
 * `basedOn` recording the base's id and version. With the base's id it would be compared with
 * the standard's versions, and a newer bundled standard would pass for a newer release of it.
 */
export function applyOverlay(base: RuleSet, overlayInput: unknown, options: OverlayOptions = {}): LayerResult {
  const parsed = v.safeParse(OVERLAY_SCHEMA, overlayInput, { abortEarly: false });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.map(schemaProblem),
    };
  }
  const overlay = parsed.output as RuleSetOverlay;
  const problems: AcceptProblem[] = [];
  if (overlay.base !== base.id)
    problems.push(problem('base', 'other', { detail: `Overlegget er skrevet for «${overlay.base}», men grunnsettet er «${base.id}».` }));

  const merged: RuleSet = structuredClone(base);
  for (const [ruleId, override] of Object.entries(overlay.rules)) {
    const path = `rules.${ruleId}`;
    const rule = merged.rules.find((r) => r.id === ruleId);
    if (!rule) {
      problems.push(problem(path, 'other', { detail: `Regelen «${ruleId}» finnes ikke i grunnsettet.` }));
      continue;
    }
    if (override.enabled !== undefined) rule.enabled = override.enabled;
    if (override.severity !== undefined) rule.severity = override.severity;
    if (override.addWords?.length) {
      if (rule.kind !== 'existence')
        problems.push(problem(`${path}.addWords`, 'other', { detail: `«addWords» gjelder bare regler av typen existence; «${ruleId}» er ${rule.kind}.` }));
      else rule.words = dedupe([...(rule.words ?? []), ...override.addWords]);
    }
    if (override.addEntries?.length) {
      if (rule.kind !== 'substitution')
        problems.push(
          problem(`${path}.addEntries`, 'other', { detail: `«addEntries» gjelder bare regler av typen substitution; «${ruleId}» er ${rule.kind}.` }),
        );
      else rule.entries = [...rule.entries, ...structuredClone(override.addEntries)];
    }
  }
  if (problems.length) return { ok: false, problems };
  merged.id = `${base.id}+${overlay.unit}`;
  merged.version = overlay.version ?? base.version;
  merged.basedOn = { id: base.id, version: base.version };
  merged.publishedAt = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  merged.name = `${base.name} (${overlay.unit})`;
  merged.description = [base.description, `Tilpasset for ${overlay.unit}${overlay.description ? `: ${overlay.description}` : ''}.`].filter(Boolean).join(' ');
  return { ok: true, ruleSet: merged };
}

function dedupe(words: string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = w.toLocaleLowerCase('nb');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
