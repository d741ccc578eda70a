// Site access: Svarhjelp can only coach where the browser lets its content script run. Chrome
// grants the manifest's sites at install; Firefox treats MV3 host access as the user's choice
// (the install prompt has a box for it, and the add-ons manager a switch), so a user who left it
// off finds Svarhjelp silent everywhere. This section says so and asks again with the browser's
// own permission prompt; it shows nothing while access is granted.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

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
      <h2 id="site-access-h">Svarhjelp har ikke tilgang til nettsidene</h2>
      <p>
        Nettleseren lar ikke Svarhjelp lese svarene du skriver, så du får ingen råd. Gi tilgang for å bruke Svarhjelp i e-post og saksbehandlingssystemer. Teksten
        blir fortsatt i nettleseren.
      </p>
      <button type="button" onClick={ask} data-testid="site-access-request">
        Gi Svarhjelp tilgang til nettsidene
      </button>
      {refused ? <p role="status">Tilgangen ble ikke gitt. Du kan prøve igjen, eller slå den på under Utvidelser i nettleseren.</p> : null}
    </section>
  );
}
