// The bundled default rule set: the Felles servicestandard. set.json holds identity, labels,
// checklist and deadline policies; the rules live in one folder per sub-goal, a file per family.
// A meta-test fails when a JSON file here is not listed below.
import type { Rule, RuleSet } from '../ruleset/types.ts';
import base from './set.json' with { type: 'json' };
import apenEndringsvilligThanks from './apen.endringsvillig/thanks.json' with { type: 'json' };
import apenTilgjengeligUnansweredHow from './apen.tilgjengelig/unanswered-how.json' with { type: 'json' };
import apenTransparentUnansweredWhen from './apen.transparent/unanswered-when.json' with { type: 'json' };
import apenTransparentToneModel from './apen.transparent/tone-model.json' with { type: 'json' };
import apenTransparentVagueTime from './apen.transparent/vague-time.json' with { type: 'json' };
import kompetentFagkompetanseLegalReference from './kompetent.fagkompetanse/legal-reference.json' with { type: 'json' };
import kompetentFagkompetanseUnansweredQuestion from './kompetent.fagkompetanse/unanswered-question.json' with { type: 'json' };
import kompetentKlartSprakAbbreviations from './kompetent.klart-sprak/abbreviations.json' with { type: 'json' };
import kompetentKlartSprakKansellistil from './kompetent.klart-sprak/kansellistil.json' with { type: 'json' };
import kompetentKlartSprakNominalisations from './kompetent.klart-sprak/nominalisations.json' with { type: 'json' };
import kompetentKlartSprakOpening from './kompetent.klart-sprak/opening.json' with { type: 'json' };
import kompetentKlartSprakOrdliste from './kompetent.klart-sprak/ordliste.json' with { type: 'json' };
import kompetentKlartSprakPassive from './kompetent.klart-sprak/passive.json' with { type: 'json' };
import kompetentKlartSprakPlainEnglish from './kompetent.klart-sprak/plain-english.json' with { type: 'json' };
// Generated from retext-simplify through rules/sources/plain-english.curation.json (npm run rules:import).
import kompetentKlartSprakPlainEnglishImported from './kompetent.klart-sprak/plain-english-imported.json' with { type: 'json' };
import kompetentKlartSprakReadability from './kompetent.klart-sprak/readability.json' with { type: 'json' };
import kompetentKlartSprakReaderAddress from './kompetent.klart-sprak/reader-address.json' with { type: 'json' };
import kompetentKlartSprakUntranslatedTerms from './kompetent.klart-sprak/untranslated-terms.json' with { type: 'json' };
import kompetentKundeserviceClosing from './kompetent.kundeservice/closing.json' with { type: 'json' };
import kompetentKundeserviceGreeting from './kompetent.kundeservice/greeting.json' with { type: 'json' };
import kompetentKundeserviceInformal from './kompetent.kundeservice/informal.json' with { type: 'json' };
import kompetentKundeserviceShouting from './kompetent.kundeservice/shouting.json' with { type: 'json' };
import kompetentKundeserviceToneModel from './kompetent.kundeservice/tone-model.json' with { type: 'json' };
import paliteligForutsigbarCondescending from './palitelig.forutsigbar/condescending.json' with { type: 'json' };
import paliteligForutsigbarLikebehandling from './palitelig.forutsigbar/likebehandling.json' with { type: 'json' };
import paliteligForutsigbarPlaceholder from './palitelig.forutsigbar/placeholder.json' with { type: 'json' };
import paliteligPersonvernAccountNumber from './palitelig.personvern/account-number.json' with { type: 'json' };
import paliteligPersonvernEmailAddress from './palitelig.personvern/email-address.json' with { type: 'json' };
import paliteligPersonvernNationalId from './palitelig.personvern/national-id.json' with { type: 'json' };
import paliteligPersonvernOrigin from './palitelig.personvern/origin.json' with { type: 'json' };
import paliteligPersonvernPhoneNumber from './palitelig.personvern/phone-number.json' with { type: 'json' };
import paliteligPersonvernRecipient from './palitelig.personvern/recipient.json' with { type: 'json' };
import paliteligPersonvernSpecialCategories from './palitelig.personvern/special-categories.json' with { type: 'json' };
import paliteligPersonvernThirdPerson from './palitelig.personvern/third-person.json' with { type: 'json' };
import paliteligTaAnsvarBlaming from './palitelig.ta-ansvar/blaming.json' with { type: 'json' };
import paliteligTaAnsvarDatePromise from './palitelig.ta-ansvar/date-promise.json' with { type: 'json' };
import paliteligTaAnsvarRefusal from './palitelig.ta-ansvar/refusal.json' with { type: 'json' };
import paliteligTaAnsvarToneModel from './palitelig.ta-ansvar/tone-model.json' with { type: 'json' };
import samfunnsengasjertPositivOmtaleNegativeOmtale from './samfunnsengasjert.positiv-omtale/negative-omtale.json' with { type: 'json' };
import samfunnsengasjertPositivOmtaleToneModel from './samfunnsengasjert.positiv-omtale/tone-model.json' with { type: 'json' };
import toneModel from './models/tone.json' with { type: 'json' };
import templates from './templates.json' with { type: 'json' };

/** Every rule file, keyed by its path under rules/standard/. */
export const STANDARD_RULE_FILES: Record<string, unknown[]> = {
  'apen.endringsvillig/thanks.json': apenEndringsvilligThanks,
  'apen.tilgjengelig/unanswered-how.json': apenTilgjengeligUnansweredHow,
  'apen.transparent/unanswered-when.json': apenTransparentUnansweredWhen,
  'apen.transparent/tone-model.json': apenTransparentToneModel,
  'apen.transparent/vague-time.json': apenTransparentVagueTime,
  'kompetent.fagkompetanse/legal-reference.json': kompetentFagkompetanseLegalReference,
  'kompetent.fagkompetanse/unanswered-question.json': kompetentFagkompetanseUnansweredQuestion,
  'kompetent.klart-sprak/abbreviations.json': kompetentKlartSprakAbbreviations,
  'kompetent.klart-sprak/kansellistil.json': kompetentKlartSprakKansellistil,
  'kompetent.klart-sprak/nominalisations.json': kompetentKlartSprakNominalisations,
  'kompetent.klart-sprak/opening.json': kompetentKlartSprakOpening,
  'kompetent.klart-sprak/ordliste.json': kompetentKlartSprakOrdliste,
  'kompetent.klart-sprak/passive.json': kompetentKlartSprakPassive,
  'kompetent.klart-sprak/plain-english.json': kompetentKlartSprakPlainEnglish,
  'kompetent.klart-sprak/plain-english-imported.json': kompetentKlartSprakPlainEnglishImported,
  'kompetent.klart-sprak/readability.json': kompetentKlartSprakReadability,
  'kompetent.klart-sprak/reader-address.json': kompetentKlartSprakReaderAddress,
  'kompetent.klart-sprak/untranslated-terms.json': kompetentKlartSprakUntranslatedTerms,
  'kompetent.kundeservice/closing.json': kompetentKundeserviceClosing,
  'kompetent.kundeservice/greeting.json': kompetentKundeserviceGreeting,
  'kompetent.kundeservice/informal.json': kompetentKundeserviceInformal,
  'kompetent.kundeservice/shouting.json': kompetentKundeserviceShouting,
  'kompetent.kundeservice/tone-model.json': kompetentKundeserviceToneModel,
  'palitelig.forutsigbar/condescending.json': paliteligForutsigbarCondescending,
  'palitelig.forutsigbar/likebehandling.json': paliteligForutsigbarLikebehandling,
  'palitelig.forutsigbar/placeholder.json': paliteligForutsigbarPlaceholder,
  'palitelig.personvern/account-number.json': paliteligPersonvernAccountNumber,
  'palitelig.personvern/email-address.json': paliteligPersonvernEmailAddress,
  'palitelig.personvern/national-id.json': paliteligPersonvernNationalId,
  'palitelig.personvern/origin.json': paliteligPersonvernOrigin,
  'palitelig.personvern/phone-number.json': paliteligPersonvernPhoneNumber,
  'palitelig.personvern/recipient.json': paliteligPersonvernRecipient,
  'palitelig.personvern/special-categories.json': paliteligPersonvernSpecialCategories,
  'palitelig.personvern/third-person.json': paliteligPersonvernThirdPerson,
  'palitelig.ta-ansvar/blaming.json': paliteligTaAnsvarBlaming,
  'palitelig.ta-ansvar/date-promise.json': paliteligTaAnsvarDatePromise,
  'palitelig.ta-ansvar/refusal.json': paliteligTaAnsvarRefusal,
  'palitelig.ta-ansvar/tone-model.json': paliteligTaAnsvarToneModel,
  'samfunnsengasjert.positiv-omtale/negative-omtale.json': samfunnsengasjertPositivOmtaleNegativeOmtale,
  'samfunnsengasjert.positiv-omtale/tone-model.json': samfunnsengasjertPositivOmtaleToneModel,
};

/** Trained sentence models (weights as data), keyed by their path under rules/standard/; written by `rules train`. */
export const STANDARD_MODEL_FILES: Record<string, unknown> = {
  'models/tone.json': toneModel,
};

/** Unvalidated on purpose: compileRuleSet validates it, and a test fails loudly if it is invalid. */
export const BUNDLED_RULE_SET = {
  ...base,
  rules: Object.values(STANDARD_RULE_FILES).flat() as Rule[],
  models: Object.values(STANDARD_MODEL_FILES),
  templates,
} as unknown as RuleSet;
