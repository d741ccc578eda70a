import type { InquiryKind } from '../rules/types.ts';
import { UI_LANGUAGES } from '../rules/ids.ts';
import { UI_LANGUAGE_NAMES } from './i18n.ts';
import { useT } from './context.tsx';
import { KIND_KEYS } from './inquiry-label.ts';

/** Every kind of inquiry, in the order the panel lists them. */
export const INQUIRY_KIND_ORDER = Object.keys(KIND_KEYS) as InquiryKind[];

/** The <option>s of a select of inquiry kinds, named in the panel's language. */
export function KindOptions() {
  const t = useT();
  return (
    <>
      {INQUIRY_KIND_ORDER.map((k) => (
        <option key={k} value={k}>
          {t(KIND_KEYS[k])}
        </option>
      ))}
    </>
  );
}

/** The <option>s of a select of UI languages, each named in its own language. */
export function UiLanguageOptions() {
  return (
    <>
      {UI_LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {UI_LANGUAGE_NAMES[code]}
        </option>
      ))}
    </>
  );
}
