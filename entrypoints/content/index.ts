// Content script: runs in every frame (including about:blank/srcdoc editor frames) but stays
// idle until the user focuses a field; the work lives in session/coach.ts.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { messaging } from '../shared/protocol.ts';
import { startCoach } from './session/coach.ts';
import { createLifetime } from './lifetime.ts';
import { exposeInspection, snapshotInspection } from './inspect.ts';
import { HIGHLIGHT_NAMES } from './style.ts';
import { readContentPolicyQuickly } from './site-policy.ts';
import { watchDisplayLanguage } from './display-language.ts';

export default defineContentScript({
  // Every site, unless the `siteMatches` policy narrows it (checked first thing in main()).
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // Chrome 99+/Firefox 128+: also run in about:blank, srcdoc, blob: and data: frames of matching origins.
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // No start message to the page (it named the extension and its id); see lifetime.ts.
  noScriptStartedPostMessage: true,
  async main() {
    // Enterprise policy `siteMatches` may exclude this site: then stay completely inert (site-policy.ts).
    // Decided at once from the last policy read (the first live read after a browser start takes
    // seconds); the live one is applied when it arrives (site-policy.ts).
    const quick = await readContentPolicyQuickly(location, browser.storage?.managed, browser.storage?.local);
    const policy = quick.now.allowed ? quick.now : await quick.live;
    if (!policy.allowed) return;
    // Ends when the extension's runtime is gone, or when the live policy excludes this site;
    // never because of something the page did.
    const lifetime = createLifetime(() => browser.runtime);
    void quick.live.then((live) => {
      if (!live.allowed) lifetime.stop();
    });
    // For browser tests only, in this script's isolated world (inspect.ts): no page can reach it.
    exposeInspection(HIGHLIGHT_NAMES);
    // A language chosen in the panel re-renders an open popover at once (display-language.ts).
    lifetime.onInvalidated(watchDisplayLanguage({ onStorageChanged: browser.storage.onChanged, fetchLabels: () => messaging.sendMessage('getRuleSetLabels') }));
    try {
      const coach = startCoach(lifetime, document, {
        // Enterprise policy `caseNumberSelector`: where case pages show the case number.
        ...(policy.caseNumberSelector ? { caseNumberSelector: policy.caseNumberSelector } : {}),
        send: (request) =>
          messaging.sendMessage('checkText', request).catch((error: unknown) => {
            lifetime.noticeFailure(error);
            throw error;
          }),
        templates: () => messaging.sendMessage('getFilledTemplates'),
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
        messaging.onMessage('revealSpan', ({ data }) => coach.revealSpan(data)),
        messaging.onMessage('insertTemplate', ({ data }) => coach.insertTemplate(data)),
        // A newly activated rule set shows at once in the field being written in, without a keystroke.
        messaging.onMessage('ruleSetChanged', () => coach.recheckFocused()),
        // A restarted background asks for the field's findings again (it keeps them in memory only).
        messaging.onMessage('recheck', ({ data }) => coach.recheck(data)),
        // Browser tests in Firefox read what is shown through this (inspect.ts); only the
        // extension's own pages can send to a content script.
        messaging.onMessage('inspectContent', () => snapshotInspection(document)),
      ];
      lifetime.onInvalidated(() => off.forEach((remove) => remove()));
    } catch (error) {
      console.debug('[Svarhjelp] could not start', error);
    }
  },
});
