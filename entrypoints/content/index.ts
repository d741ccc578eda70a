// Content script: runs in every frame (including about:blank/srcdoc editor frames) but stays
// idle until the user focuses a field; the work lives in coach.ts.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { messaging } from '../shared/protocol.ts';
import { startCoach } from './coach.ts';
import { readContentPolicy } from './site-policy.ts';

export default defineContentScript({
  // Every site, unless the `siteMatches` policy narrows it (checked first thing in main()).
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // Chrome 99+/Firefox 128+: also run in about:blank, srcdoc, blob: and data: frames of matching origins.
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Enterprise policy `siteMatches` may exclude this site: then stay completely inert (site-policy.ts).
    const policy = await readContentPolicy(location, browser.storage?.managed);
    if (!policy.allowed) return;
    try {
      const coach = startCoach(ctx, document, {
        // Enterprise policy `caseNumberSelector`: where case pages show the case number.
        ...(policy.caseNumberSelector ? { caseNumberSelector: policy.caseNumberSelector } : {}),
        send: (request) => messaging.sendMessage('checkText', request),
        ignore: (data) => {
          messaging.sendMessage('ignoreFinding', data).catch((error: unknown) => console.debug('[Svarhjelp] could not keep the dismissal', error));
        },
        // The popover's "Mer i sidepanelet"; the click is the user action the browser requires.
        openPanel: (data) => {
          messaging.sendMessage('openSidePanel', data).catch((error: unknown) => console.debug('[Svarhjelp] could not open the side panel', error));
        },
      });
      // The panel targets the frame that reported the finding (TabState.frameId).
      const off = [
        messaging.onMessage('applySuggestion', ({ data }) => coach.applySuggestion(data)),
        messaging.onMessage('revealFinding', ({ data }) => coach.revealFinding(data)),
      ];
      ctx.onInvalidated(() => off.forEach((remove) => remove()));
    } catch (error) {
      console.debug('[Svarhjelp] could not start', error);
    }
  },
});
