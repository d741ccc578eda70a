// Site access: Svarhjelp can only coach where the browser lets its content script run. Chrome
// grants the manifest's sites at install; Firefox treats MV3 host access as the user's choice
// (the install prompt has a box for it, and the add-ons manager a switch), so a user who left it
// off finds Svarhjelp silent everywhere. This section says so and asks again with the browser's
// own permission prompt; it shows nothing while access is granted.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useOptionsT } from './options-language.tsx';

/** Every site: what the content script's `matches` ask for (site policy may narrow it). */
export const ALL_SITES = { origins: ['<all_urls>'] };

export interface SiteAccessApi {
  /** Whether the content script may run on web pages. */
  granted(): Promise<boolean>;
  /** Asks the user (the browser's prompt); must be called from the click itself. */
  request(): Promise<boolean>;
  /** Calls back when access is granted or taken away elsewhere (add-ons manager, another page). */
  onChange(callback: () => void): () => void;
}

export const browserSiteAccess: SiteAccessApi = {
  granted: () => browser.permissions.contains(ALL_SITES),
  request: () => browser.permissions.request(ALL_SITES),
  onChange(callback) {
    browser.permissions.onAdded.addListener(callback);
    browser.permissions.onRemoved.addListener(callback);
    return () => {
      browser.permissions.onAdded.removeListener(callback);
      browser.permissions.onRemoved.removeListener(callback);
    };
  },
};

export function SiteAccess({ api }: { api: SiteAccessApi }) {
  const t = useOptionsT();
  const [granted, setGranted] = useState<boolean>();
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    const read = () => void api.granted().then(setGranted, () => setGranted(undefined));
    read();
    return api.onChange(read);
  }, [api]);

  if (granted !== false) return null;
  const ask = () => {
    // Straight from the click: browsers only show the prompt inside a user action.
    api.request().then(
      (yes) => {
        setRefused(!yes);
        if (yes) setGranted(true);
      },
      () => setRefused(true),
    );
  };
  return (
    <section className="notice warning" aria-labelledby="site-access-h" data-testid="site-access">
      <h2 id="site-access-h">{t('siteHeading')}</h2>
      <p>{t('siteText')}</p>
      <button type="button" onClick={ask} data-testid="site-access-request">
        {t('siteRequest')}
      </button>
      {refused ? <p role="status">{t('siteRefused')}</p> : null}
    </section>
  );
}
