import type { Severity } from '../rules/ids.ts';
import { useT } from './context.tsx';
import { severityLabel } from './format.ts';

/**
 * Severity as colour *and* text: the label is always visible. `hidden` hides it from assistive technology when the same text is given another way.
 */
export function SeverityBadge({ severity, hidden = false }: { severity: Severity; hidden?: boolean }) {
  const t = useT();
  return (
    <span className={`sev sev-${severity}`} aria-hidden={hidden || undefined}>
      {severityLabel(severity, t)}
    </span>
  );
}
