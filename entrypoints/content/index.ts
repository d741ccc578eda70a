// Content script: runs in every frame (including about:blank/srcdoc editor frames) but stays
// idle until the user focuses a field; the work lives in coach.ts.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { messaging } from '../shared/protocol.ts';
import { startCoach } from './coach.ts';

export default defineContentScript({
  // A later issue narrows this by policy (site settings in the rule set / managed storage).
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // Chrome 99+/Firefox 128+: also run in about:blank, srcdoc, blob: and data: frames of matching origins.
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      const coach = startCoach(ctx, document, {
        send: (request) => messaging.sendMessage('checkText', request),
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
