// Groups a check result's findings under the standard's values and sub-goals (DESIGN.md §1),
// always in the standard's order, with counts and the worst severity at each level.
import { SUBGOAL_IDS, VALUE_IDS, severityRank, valueOf, type Severity, type SubgoalId, type ValueId } from '../rules/ids.ts';
import type { Finding } from '../rules/types.ts';

export interface SubgoalGroup {
  subgoal: SubgoalId;
  /** Most serious first, then in text order. */
  findings: Finding[];
  count: number;
  worst: Severity;
}

export interface ValueGroup {
  value: ValueId;
  /** Only the sub-goals that have findings, in the standard's order. */
  subgoals: SubgoalGroup[];
  count: number;
  /** Null when the value has no findings. */
  worst: Severity | null;
}

export interface GroupedFindings {
  /** All four values, in the standard's order, also those without findings. */
  values: ValueGroup[];
  /** Findings whose sub-goal is not one of the standard's (a newer rule set); shown apart. */
  other: Finding[];
  total: number;
  worst: Severity | null;
}

const KNOWN_SUBGOALS: ReadonlySet<string> = new Set(SUBGOAL_IDS);

export function worstOf(a: Severity | null, b: Severity): Severity {
  return a === null || severityRank(b) > severityRank(a) ? b : a;
}

export function compareFindings(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity) || a.start - b.start || a.end - b.end;
}

export function groupFindings(findings: readonly Finding[]): GroupedFindings {
  const bySubgoal = new Map<SubgoalId, Finding[]>();
  const other: Finding[] = [];
  for (const finding of findings) {
    if (!KNOWN_SUBGOALS.has(finding.subgoal)) {
      other.push(finding);
      continue;
    }
    const list = bySubgoal.get(finding.subgoal);
    if (list) list.push(finding);
    else bySubgoal.set(finding.subgoal, [finding]);
  }

  let total = 0;
  let worstAll: Severity | null = null;
  const values: ValueGroup[] = VALUE_IDS.map((value) => {
    const subgoals: SubgoalGroup[] = [];
    let worst: Severity | null = null;
    let count = 0;
    for (const subgoal of SUBGOAL_IDS) {
      if (valueOf(subgoal) !== value) continue;
      const list = bySubgoal.get(subgoal);
      if (!list || list.length === 0) continue;
      const sorted = [...list].sort(compareFindings);
      const subWorst = sorted[0]!.severity;
      subgoals.push({ subgoal, findings: sorted, count: sorted.length, worst: subWorst });
      count += sorted.length;
      worst = worstOf(worst, subWorst);
    }
    total += count;
    if (worst !== null) worstAll = worstOf(worstAll, worst);
    return { value, subgoals, count, worst };
  });

  other.sort(compareFindings);
  for (const finding of other) worstAll = worstOf(worstAll, finding.severity);
  return { values, other, total: total + other.length, worst: worstAll };
}
