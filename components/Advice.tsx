import { useMemo } from 'react';
import { renderAdvice } from './markdown.ts';

/** Rule-set advice (markdown-ish), rendered only through the escaping converter + DOMPurify. */
export function Advice({ source }: { source: string }) {
  const html = useMemo(() => renderAdvice(source), [source]);
  if (!html) return null;
  return <div className="advice" dangerouslySetInnerHTML={{ __html: html }} />;
}
