// UI strings of the «Svarmaler» tab and the staff-profile fields, in bokmål, nynorsk and English.
// Kept apart from i18n.ts so the tab is one self-contained feature; same {name} placeholders.
import type { UiLanguage } from '../rules/ids.ts';
import { format } from './i18n.ts';

const nb = {
  tabAdvice: 'Råd',
  tabTemplates: 'Svarmaler',
  tabsLabel: 'Visning',
  templatesHeading: 'Svarmaler',
  templatesSearch: 'Søk i svarmalene',
  templatesSearchPlaceholder: 'For eksempel «innsyn» eller «klage»',
  templatesKind: 'Type henvendelse',
  templatesKindAll: 'Alle typer',
  templatesLanguage: 'Språk i svaret',
  templatesSuggested: 'Forslag for denne henvendelsen',
  templatesAll: 'Alle svarmaler',
  templatesNone: 'Ingen svarmaler passer til søket.',
  templatesEmptySet: 'Regelsettet har ingen svarmaler.',
  templatesPreview: 'Forhåndsvisning',
  templatesUnfilled: 'Svarhjelp kunne ikke fylle ut: {names}. Fyll inn dette selv etter at malen er satt inn.',
  templatesAllFilled: 'Alle feltene er fylt ut.',
  templatesInsert: 'Sett inn',
  templatesInserted: 'Svarmalen er satt inn der markøren stod.',
  templatesInsertFailed: 'Kunne ikke sette inn svarmalen. Klikk i tekstfeltet der svaret skal stå, og prøv igjen.',
  templatesNoField: 'Klikk i tekstfeltet der du skriver svaret, så kan du sette inn en svarmal.',
  templatesUnfilledMark: 'ikke utfylt',
  staffHeading: 'Deg som svarer',
  staffHelp: 'Brukes i svarmalene der det står ditt navn og din enhet. Lagres bare i denne nettleseren.',
  staffName: 'Navnet ditt',
  staffUnit: 'Enheten din',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  tabAdvice: 'Råd',
  tabTemplates: 'Svarmalar',
  tabsLabel: 'Vising',
  templatesHeading: 'Svarmalar',
  templatesSearch: 'Søk i svarmalane',
  templatesSearchPlaceholder: 'Til dømes «innsyn» eller «klage»',
  templatesKind: 'Type førespurnad',
  templatesKindAll: 'Alle typar',
  templatesLanguage: 'Språk i svaret',
  templatesSuggested: 'Forslag for denne førespurnaden',
  templatesAll: 'Alle svarmalar',
  templatesNone: 'Ingen svarmalar passar til søket.',
  templatesEmptySet: 'Regelsettet har ingen svarmalar.',
  templatesPreview: 'Førehandsvising',
  templatesUnfilled: 'Svarhjelp kunne ikkje fylle ut: {names}. Fyll inn dette sjølv etter at malen er sett inn.',
  templatesAllFilled: 'Alle felta er fylte ut.',
  templatesInsert: 'Set inn',
  templatesInserted: 'Svarmalen er sett inn der markøren stod.',
  templatesInsertFailed: 'Kunne ikkje setje inn svarmalen. Klikk i tekstfeltet der svaret skal stå, og prøv igjen.',
  templatesNoField: 'Klikk i tekstfeltet der du skriv svaret, så kan du setje inn ein svarmal.',
  templatesUnfilledMark: 'ikkje utfylt',
  staffHeading: 'Deg som svarar',
  staffHelp: 'Blir brukt i svarmalane der det står namnet ditt og eininga di. Blir berre lagra i denne nettlesaren.',
  staffName: 'Namnet ditt',
  staffUnit: 'Eininga di',
};

const en: Record<Key, string> = {
  tabAdvice: 'Advice',
  tabTemplates: 'Templates',
  tabsLabel: 'View',
  templatesHeading: 'Standard answers',
  templatesSearch: 'Search the templates',
  templatesSearchPlaceholder: 'For example “access” or “complaint”',
  templatesKind: 'Kind of inquiry',
  templatesKindAll: 'All kinds',
  templatesLanguage: 'Language of the reply',
  templatesSuggested: 'Suggested for this inquiry',
  templatesAll: 'All templates',
  templatesNone: 'No template matches the search.',
  templatesEmptySet: 'The rule set has no templates.',
  templatesPreview: 'Preview',
  templatesUnfilled: 'Svarhjelp could not fill in: {names}. Fill these in yourself after inserting the template.',
  templatesAllFilled: 'Every field is filled in.',
  templatesInsert: 'Insert',
  templatesInserted: 'The template was inserted at the caret.',
  templatesInsertFailed: 'Could not insert the template. Click in the field where the reply goes and try again.',
  templatesNoField: 'Click in the field where you write the reply, then you can insert a template.',
  templatesUnfilledMark: 'not filled in',
  staffHeading: 'You, the writer',
  staffHelp: 'Used in the templates where they name you and your unit. Kept in this browser only.',
  staffName: 'Your name',
  staffUnit: 'Your unit',
};

export const TEMPLATE_MESSAGES: Record<UiLanguage, Record<Key, string>> = { nb, nn, en };

export function templateTranslator(lang: UiLanguage) {
  const table = TEMPLATE_MESSAGES[lang] ?? nb;
  return (key: Key, vars?: Record<string, string | number>) => format(table[key] ?? nb[key], vars);
}
