import { useMemo } from 'react';
import { renderAdvice } from './markdown.ts';

/** Rule-set advice (markdown-ish), rendered only through the escaping converter + DOMPurify. */
export function Advice({ source }: { source: string }) {
  const html = useMemo(() => renderAdvice(source), [source]);
  if (!html) return null;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: renderAdvice escapes the source and DOMPurify sanitizes its output
  return <div className="advice" dangerouslySetInnerHTML={{ __html: html }} />;
}
