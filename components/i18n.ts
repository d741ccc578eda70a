// UI strings of the side panel in bokmål (default), nynorsk and English.
// Placeholders are written {name} and filled by `format`. Every table must have the same keys
// (checked by i18n.test.ts); `nb` is the source of truth for the key set.
import { UI_LANGUAGES, type UiLanguage } from '../rules/ids.ts';

const nb = {
  appName: 'Svarhjelp',
  loading: 'Henter råd …',
  emptyNoState: 'Begynn å skrive et svar i et tekstfelt, så viser Svarhjelp råd her.',
  emptyNoFindings: 'Ingen funn – svaret følger servicestandarden så langt Svarhjelp kan se.',
  noTab: 'Fant ingen aktiv fane å vise råd for.',
  summaryError:
    'Kunne ikke hente regelsettet. Navnene på verdiene og delmålene vises derfor forenklet.',
  retry: 'Prøv igjen',
  dismiss: 'Lukk',
  ruleSetVersion: 'versjon {version}',
  ruleSetUnknown: 'Regelsett ikke lastet',
  ruleSetBundled: 'Innebygd standard',
  ruleSetRemote: 'Publisert av {publisher} {date}',
  ruleSetChecked: 'sist sjekket {time}',
  ruleSetError: 'Siste oppdatering feilet: {error} Det forrige regelsettet er fortsatt i bruk.',
  summaryHeading: 'Om svaret',
  replyLanguage: 'Språk',
  languageAssumed: '(antatt)',
  languageChosen: '(valgt)',
  words: 'Ord',
  lix: 'LIX',
  lixBand0: 'svært lettlest',
  lixBand1: 'lettlest',
  lixBand2: 'middels vanskelig',
  lixBand3: 'vanskelig',
  lixBand4: 'svært vanskelig',
  langNob: 'Bokmål',
  langNno: 'Nynorsk',
  langEng: 'Engelsk',
  langUnknown: 'Ukjent',
  valuesHeading: 'Servicestandardens verdier',
  findingsUnit: 'funn',
  findingsUnitOne: 'funn',
  noFindingsInValue: 'Ingen funn under denne verdien.',
  otherFindings: 'Andre funn',
  severityInfo: 'Info',
  severitySuggestion: 'Forslag',
  severityWarning: 'Advarsel',
  severityCritical: 'Kritisk',
  worstSeverity: 'Mest alvorlig: {severity}',
  replaceWith: 'Bytt ut med:',
  replaceWithAria: 'Bytt ut med «{suggestion}»',
  removeText: 'Fjern teksten',
  reveal: 'Vis i teksten',
  readMore: 'Les mer',
  applied: 'Endringen er gjort i teksten.',
  applyFailed:
    'Kunne ikke endre teksten. Feltet kan være lukket eller endret siden sist – skriv litt i feltet og prøv igjen.',
  revealFailed:
    'Kunne ikke vise stedet i teksten. Feltet kan være lukket eller endret siden sist – skriv litt i feltet og prøv igjen.',
  deadlineHeading: 'Frister',
  received: 'Henvendelsen kom {date}.',
  deadlineOk: 'Frist {date} – {n} arbeidsdager igjen',
  deadlineOkOne: 'Frist {date} – 1 arbeidsdag igjen',
  deadlineToday: 'Frist i dag, {date}',
  deadlineOverdue: 'Fristen gikk ut {date} – {n} arbeidsdager på overtid',
  deadlineOverdueOne: 'Fristen gikk ut {date} – 1 arbeidsdag på overtid',
  datesHeading: 'Datoer i svaret',
  datePromise: 'lovet frist',
  truncated: 'Svaret er langt, så bare de første {n} tegnene ble sjekket.',
  failedRules: 'Noen regler kunne ikke kjøres: {rules}.',
  checkedAt: 'Sjekket {time}',
  checklistHeading: 'Sjekkliste',
  checklistProgress: '{done} av {total} i orden',
  checklistDone: 'I orden',
  checklistOpen: 'Ikke ennå',
  checklistManual: 'Sjekk selv',
  uiLanguage: 'Språk i Svarhjelp',
  // Fallback labels when the rule set's own labels cannot be loaded.
  'value.kompetent': 'Kompetent',
  'value.apen': 'Åpen',
  'value.palitelig': 'Pålitelig',
  'value.samfunnsengasjert': 'Samfunnsengasjert',
  'subgoal.kompetent.kundeservice': 'Kundeservice',
  'subgoal.kompetent.fagkompetanse': 'Fagkompetanse',
  'subgoal.kompetent.klart-sprak': 'Klart språk',
  'subgoal.apen.tilgjengelig': 'Tilgjengelig',
  'subgoal.apen.transparent': 'Transparent',
  'subgoal.apen.endringsvillig': 'Endringsvillig',
  'subgoal.palitelig.ta-ansvar': 'Ta ansvar',
  'subgoal.palitelig.personvern': 'Personvern',
  'subgoal.palitelig.forutsigbar': 'Forutsigbar',
  'subgoal.samfunnsengasjert.positiv-omtale': 'Positiv omtale',
  'subgoal.samfunnsengasjert.proaktiv': 'Proaktiv',
};

export type MessageKey = keyof typeof nb;
export type MessageTable = Record<MessageKey, string>;

const nn: MessageTable = {
  appName: 'Svarhjelp',
  loading: 'Hentar råd …',
  emptyNoState: 'Byrj å skrive eit svar i eit tekstfelt, så viser Svarhjelp råd her.',
  emptyNoFindings: 'Ingen funn – svaret følgjer servicestandarden så langt Svarhjelp kan sjå.',
  noTab: 'Fann inga aktiv fane å vise råd for.',
  summaryError:
    'Kunne ikkje hente regelsettet. Namna på verdiane og delmåla blir difor viste forenkla.',
  retry: 'Prøv igjen',
  dismiss: 'Lukk',
  ruleSetVersion: 'versjon {version}',
  ruleSetUnknown: 'Regelsettet er ikkje lasta',
  ruleSetBundled: 'Innebygd standard',
  ruleSetRemote: 'Publisert av {publisher} {date}',
  ruleSetChecked: 'sist sjekka {time}',
  ruleSetError: 'Siste oppdatering feila: {error} Det førre regelsettet er framleis i bruk.',
  summaryHeading: 'Om svaret',
  replyLanguage: 'Språk',
  languageAssumed: '(anteke)',
  languageChosen: '(valt)',
  words: 'Ord',
  lix: 'LIX',
  lixBand0: 'svært lettlesen',
  lixBand1: 'lettlesen',
  lixBand2: 'middels vanskeleg',
  lixBand3: 'vanskeleg',
  lixBand4: 'svært vanskeleg',
  langNob: 'Bokmål',
  langNno: 'Nynorsk',
  langEng: 'Engelsk',
  langUnknown: 'Ukjend',
  valuesHeading: 'Verdiane i servicestandarden',
  findingsUnit: 'funn',
  findingsUnitOne: 'funn',
  noFindingsInValue: 'Ingen funn under denne verdien.',
  otherFindings: 'Andre funn',
  severityInfo: 'Info',
  severitySuggestion: 'Forslag',
  severityWarning: 'Åtvaring',
  severityCritical: 'Kritisk',
  worstSeverity: 'Mest alvorleg: {severity}',
  replaceWith: 'Byt ut med:',
  replaceWithAria: 'Byt ut med «{suggestion}»',
  removeText: 'Fjern teksten',
  reveal: 'Vis i teksten',
  readMore: 'Les meir',
  applied: 'Endringa er gjord i teksten.',
  applyFailed:
    'Kunne ikkje endre teksten. Feltet kan vere lukka eller endra sidan sist – skriv litt i feltet og prøv igjen.',
  revealFailed:
    'Kunne ikkje vise staden i teksten. Feltet kan vere lukka eller endra sidan sist – skriv litt i feltet og prøv igjen.',
  deadlineHeading: 'Fristar',
  received: 'Førespurnaden kom {date}.',
  deadlineOk: 'Frist {date} – {n} arbeidsdagar att',
  deadlineOkOne: 'Frist {date} – 1 arbeidsdag att',
  deadlineToday: 'Frist i dag, {date}',
  deadlineOverdue: 'Fristen gjekk ut {date} – {n} arbeidsdagar på overtid',
  deadlineOverdueOne: 'Fristen gjekk ut {date} – 1 arbeidsdag på overtid',
  datesHeading: 'Datoar i svaret',
  datePromise: 'lova frist',
  truncated: 'Svaret er langt, så berre dei første {n} teikna vart sjekka.',
  failedRules: 'Nokre reglar kunne ikkje køyrast: {rules}.',
  checkedAt: 'Sjekka {time}',
  checklistHeading: 'Sjekkliste',
  checklistProgress: '{done} av {total} i orden',
  checklistDone: 'I orden',
  checklistOpen: 'Ikkje enno',
  checklistManual: 'Sjekk sjølv',
  uiLanguage: 'Språk i Svarhjelp',
  'value.kompetent': 'Kompetent',
  'value.apen': 'Open',
  'value.palitelig': 'Påliteleg',
  'value.samfunnsengasjert': 'Samfunnsengasjert',
  'subgoal.kompetent.kundeservice': 'Kundeservice',
  'subgoal.kompetent.fagkompetanse': 'Fagkompetanse',
  'subgoal.kompetent.klart-sprak': 'Klart språk',
  'subgoal.apen.tilgjengelig': 'Tilgjengeleg',
  'subgoal.apen.transparent': 'Transparent',
  'subgoal.apen.endringsvillig': 'Endringsvillig',
  'subgoal.palitelig.ta-ansvar': 'Ta ansvar',
  'subgoal.palitelig.personvern': 'Personvern',
  'subgoal.palitelig.forutsigbar': 'Føreseieleg',
  'subgoal.samfunnsengasjert.positiv-omtale': 'Positiv omtale',
  'subgoal.samfunnsengasjert.proaktiv': 'Proaktiv',
};

const en: MessageTable = {
  appName: 'Svarhjelp',
  loading: 'Loading advice …',
  emptyNoState: 'Start writing a reply in a text field, and Svarhjelp will show advice here.',
  emptyNoFindings:
    'No findings – the reply follows the service standard as far as Svarhjelp can tell.',
  noTab: 'No active tab to show advice for.',
  summaryError: 'Could not load the rule set, so values and sub-goals are shown with simplified names.',
  retry: 'Try again',
  dismiss: 'Dismiss',
  ruleSetVersion: 'version {version}',
  ruleSetUnknown: 'Rule set not loaded',
  ruleSetBundled: 'Built-in standard',
  ruleSetRemote: 'Published by {publisher} {date}',
  ruleSetChecked: 'last checked {time}',
  ruleSetError: 'The last update failed: {error} The previous rule set is still in use.',
  summaryHeading: 'About the reply',
  replyLanguage: 'Language',
  languageAssumed: '(assumed)',
  languageChosen: '(chosen)',
  words: 'Words',
  lix: 'LIX',
  lixBand0: 'very easy',
  lixBand1: 'easy',
  lixBand2: 'medium',
  lixBand3: 'difficult',
  lixBand4: 'very difficult',
  langNob: 'Bokmål',
  langNno: 'Nynorsk',
  langEng: 'English',
  langUnknown: 'Unknown',
  valuesHeading: 'Values of the service standard',
  findingsUnit: 'findings',
  findingsUnitOne: 'finding',
  noFindingsInValue: 'No findings for this value.',
  otherFindings: 'Other findings',
  severityInfo: 'Info',
  severitySuggestion: 'Suggestion',
  severityWarning: 'Warning',
  severityCritical: 'Critical',
  worstSeverity: 'Most serious: {severity}',
  replaceWith: 'Replace with:',
  replaceWithAria: 'Replace with “{suggestion}”',
  removeText: 'Remove the text',
  reveal: 'Show in text',
  readMore: 'Read more',
  applied: 'The change was made in the text.',
  applyFailed:
    'Could not change the text. The field may have been closed or changed – type a little in the field and try again.',
  revealFailed:
    'Could not show the place in the text. The field may have been closed or changed – type a little in the field and try again.',
  deadlineHeading: 'Deadlines',
  received: 'The inquiry arrived {date}.',
  deadlineOk: 'Due {date} – {n} working days left',
  deadlineOkOne: 'Due {date} – 1 working day left',
  deadlineToday: 'Due today, {date}',
  deadlineOverdue: 'Was due {date} – {n} working days overdue',
  deadlineOverdueOne: 'Was due {date} – 1 working day overdue',
  datesHeading: 'Dates in the reply',
  datePromise: 'promised',
  truncated: 'The reply is long, so only the first {n} characters were checked.',
  failedRules: 'Some rules could not run: {rules}.',
  checkedAt: 'Checked {time}',
  checklistHeading: 'Checklist',
  checklistProgress: '{done} of {total} done',
  checklistDone: 'Done',
  checklistOpen: 'Not yet',
  checklistManual: 'Check yourself',
  uiLanguage: 'Svarhjelp language',
  'value.kompetent': 'Competent',
  'value.apen': 'Open',
  'value.palitelig': 'Reliable',
  'value.samfunnsengasjert': 'Socially engaged',
  'subgoal.kompetent.kundeservice': 'Customer service',
  'subgoal.kompetent.fagkompetanse': 'Expertise',
  'subgoal.kompetent.klart-sprak': 'Plain language',
  'subgoal.apen.tilgjengelig': 'Accessible',
  'subgoal.apen.transparent': 'Transparent',
  'subgoal.apen.endringsvillig': 'Open to change',
  'subgoal.palitelig.ta-ansvar': 'Taking responsibility',
  'subgoal.palitelig.personvern': 'Privacy',
  'subgoal.palitelig.forutsigbar': 'Predictable',
  'subgoal.samfunnsengasjert.positiv-omtale': 'Positive representation',
  'subgoal.samfunnsengasjert.proaktiv': 'Proactive',
};

export const MESSAGES: Record<UiLanguage, MessageTable> = { nb, nn, en };

/** Names of the UI languages, each in its own language (for the selector). */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = {
  nb: 'Bokmål',
  nn: 'Nynorsk',
  en: 'English',
};

export const DEFAULT_UI_LANGUAGE: UiLanguage = 'nb';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function format(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

export function translator(lang: UiLanguage): Translate {
  const table = MESSAGES[lang] ?? MESSAGES[DEFAULT_UI_LANGUAGE];
  return (key, vars) => format(table[key] ?? MESSAGES.nb[key] ?? key, vars);
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The UI language when the user has not chosen one: nynorsk for an nn browser, English for an
 * English browser, bokmål for everything else (the panel is for Norwegian service staff).
 */
export function uiLanguageFromBrowser(browserLanguage: string | undefined): UiLanguage {
  const tag = (browserLanguage ?? '').toLowerCase();
  if (/^nn\b/.test(tag)) return 'nn';
  if (/^en\b/.test(tag)) return 'en';
  return 'nb';
}

/** BCP 47 locale for dates and numbers. */
export function localeOf(lang: UiLanguage): string {
  return lang === 'en' ? 'en-GB' : lang === 'nn' ? 'nn-NO' : 'nb-NO';
}
