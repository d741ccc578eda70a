// E-mail addresses of third parties. The citizen's own address (the inquiry's sender), the
// addresses the reply goes to, the municipality's own domains (params.allowDomains) and
// functional mailboxes such as postmottak@ (params.allowLocalParts) are fine to write; any
// other address names a person the citizen should not learn about from us.
// Reads the e-mail tokens the analysis already found: no extra pass over the text.
import { checkOptionalList } from '../engine/detector-params.ts';
import type { Detector, DetectorHit } from './types.ts';

const ADDRESS_IN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;

function stringList(params: Record<string, unknown>, key: string): string[] {
  const value = params[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.trim().toLowerCase()) : [];
}

/** Addresses inside strings like "Kari Nordmann <kari@example.no>". */
function addressesIn(values: readonly (string | undefined)[]): Set<string> {
  const set = new Set<string>();
  for (const value of values) {
    if (!value) continue;
    for (const m of value.matchAll(ADDRESS_IN)) set.add(m[0].toLowerCase());
  }
  return set;
}

function inDomain(address: string, domains: readonly string[]): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

export const emailAddress: Detector = {
  id: 'email-address',
  description: 'E-postadresser til andre enn avsenderen av henvendelsen og mottakerne; params.allowDomains og params.allowLocalParts er alltid i orden.',
  parseParams(params) {
    for (const key of ['allowDomains', 'allowLocalParts']) checkOptionalList(params, 'email-address', key, 'strings');
  },
  detect({ analysis, context, params }) {
    const hits: DetectorHit[] = [];
    let known: Set<string> | undefined;
    let domains: string[] | undefined;
    let localParts: Set<string> | undefined;
    for (const token of analysis.words) {
      if (token.kind !== 'email') continue;
      // Built lazily: most replies hold no address at all.
      known ??= addressesIn([context.inquiry?.senderEmail, ...(context.recipients ?? [])]);
      domains ??= stringList(params, 'allowDomains');
      localParts ??= new Set(stringList(params, 'allowLocalParts'));
      const address = token.lower;
      if (known.has(address) || inDomain(address, domains)) continue;
      if (localParts.has(address.slice(0, address.lastIndexOf('@')))) continue;
      hits.push({ start: token.start, end: token.end });
    }
    return hits;
  },
};
