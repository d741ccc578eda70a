// The popover's words. Value and sub-goal names and the shared phrases come from the side
// panel's tables (components/i18n.ts) so both say the same; the few popover-only phrases are here.
// The popover speaks the UI language the user chose in the panel; without a choice, nynorsk to a
// nynorsk reply and bokmål otherwise — the same rule the engine uses for the findings' messages,
// so the popover never mixes two languages.

import { MESSAGES, format, type MessageKey } from '../../components/i18n.ts';
import { valueOf, type Category, type SubgoalId, type UiLanguage } from '../../rules/ids.ts';

const OWN = {
  nb: {
    dialog: 'Råd fra Svarhjelp',
    ignore: 'Ignorer',
    ignoreAria: 'Ignorer dette rådet i denne henvendelsen',
    panel: 'Mer i sidepanelet',
    panelAria: 'Vis mer om rådet i sidepanelet',
    noSuggestion: 'Skriv om selv – Svarhjelp har ikke noe ferdig forslag her.',
    'apply.changed': 'Teksten her er endret siden rådet ble gitt, så ingenting ble byttet ut.',
    'apply.refused': 'Redigeringsfeltet tok ikke imot endringen, så ingenting ble byttet ut. Skriv om selv.',
    'apply.unconfirmed': 'Svarhjelp fikk ikke bekreftet endringen. Se over teksten, og angre med Ctrl+Z om noe ble feil.',
    'category.tone': 'Tone',
    'category.clarity': 'Klart språk',
    'category.personal-data': 'Personopplysninger',
    'category.deadline': 'Frister',
  },
  nn: {
    dialog: 'Råd frå Svarhjelp',
    ignore: 'Ignorer',
    ignoreAria: 'Ignorer dette rådet i denne førespurnaden',
    panel: 'Meir i sidepanelet',
    panelAria: 'Vis meir om rådet i sidepanelet',
    noSuggestion: 'Skriv om sjølv – Svarhjelp har ikkje noko ferdig forslag her.',
    'apply.changed': 'Teksten her er endra sidan rådet vart gitt, så ingenting vart bytt ut.',
    'apply.refused': 'Redigeringsfeltet tok ikkje imot endringa, så ingenting vart bytt ut. Skriv om sjølv.',
    'apply.unconfirmed': 'Svarhjelp fekk ikkje stadfesta endringa. Sjå over teksten, og angre med Ctrl+Z om noko vart feil.',
    'category.tone': 'Tone',
    'category.clarity': 'Klart språk',
    'category.personal-data': 'Personopplysningar',
    'category.deadline': 'Fristar',
  },
  en: {
    dialog: 'Advice from Svarhjelp',
    ignore: 'Ignore',
    ignoreAria: 'Ignore this advice for this inquiry',
    panel: 'More in the side panel',
    panelAria: 'Show more about this advice in the side panel',
    noSuggestion: 'Rewrite it yourself – Svarhjelp has no ready suggestion here.',
    'apply.changed': 'The text here has changed since the advice was given, so nothing was replaced.',
    'apply.refused': 'The editor did not accept the change, so nothing was replaced. Please rewrite it yourself.',
    'apply.unconfirmed': 'Svarhjelp could not confirm the change. Check the text, and undo with Ctrl+Z if something went wrong.',
    'category.tone': 'Tone',
    'category.clarity': 'Plain language',
    'category.personal-data': 'Personal data',
    'category.deadline': 'Deadlines',
  },
} as const;

export type PopoverLanguage = keyof typeof OWN;
type OwnKey = keyof (typeof OWN)['nb'];

/** The chosen UI language; without one, nynorsk for a nynorsk reply ('nno') and bokmål otherwise. */
export function popoverLanguage(replyLanguage: string | undefined, uiLanguage?: UiLanguage): PopoverLanguage {
  if (uiLanguage) return uiLanguage;
  return replyLanguage === 'nno' ? 'nn' : 'nb';
}

export function t(lang: PopoverLanguage, key: OwnKey): string {
  return OWN[lang][key];
}

/** Why a one-click fix did not happen (or may not have), for the popover. */
export function applyNotice(lang: PopoverLanguage, outcome: 'changed' | 'refused' | 'unconfirmed'): string {
  return OWN[lang][`apply.${outcome}`];
}

export function shared(lang: PopoverLanguage, key: MessageKey, vars?: Record<string, string>): string {
  return format(MESSAGES[lang][key], vars);
}

export function categoryLabel(lang: PopoverLanguage, category: Category): string {
  return OWN[lang][`category.${category}`];
}

export function valueAndSubgoal(lang: PopoverLanguage, subgoal: SubgoalId): { value: string; subgoal: string } {
  const table = MESSAGES[lang] as Record<string, string>;
  const value = valueOf(subgoal);
  return { value: table[`value.${value}`] ?? value, subgoal: table[`subgoal.${subgoal}`] ?? subgoal };
}
