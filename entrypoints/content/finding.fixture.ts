// For unit tests only: the finding «Vedrørende» → «Om» at the start of a reply.
import type { Finding } from '../../rules/types.ts';

export const VEDRORENDE: Finding = {
  id: 'klarsprak.vedrorende:x:0',
  ruleId: 'klarsprak.vedrorende',
  category: 'clarity',
  subgoal: 'kompetent.klart-sprak',
  severity: 'suggestion',
  start: 0,
  end: 10,
  message: 'Skriv «Om»',
  suggestions: ['Om'],
};
