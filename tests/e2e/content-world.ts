// Runs a function in Svarhjelp's content-script world of a page or frame — the isolated world
// where the content script's own globalThis holds `svarhjelpInspect` (entrypoints/content/
// inspect.ts): its closed shadow roots, what each underline segment stands for, its per-load
// highlight names. Pages cannot reach that world; the test does, through the browser's DevTools
// protocol (Runtime.evaluate in the isolated execution context of the frame).
import type { CDPSession, Frame, Page } from 'playwright-core';
import type { ContentInspection } from '../../entrypoints/content/inspect.ts';

export type { ContentInspection };

interface ContextInfo {
  id: number;
  origin: string;
  name: string;
  auxData?: { frameId?: string; isDefault?: boolean; type?: string };
}

interface Session {
  cdp: CDPSession;
  contexts: Map<number, ContextInfo>;
}

const sessions = new WeakMap<Page, Promise<Session>>();

function sessionFor(page: Page): Promise<Session> {
  let session = sessions.get(page);
  if (!session) {
    session = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const contexts = new Map<number, ContextInfo>();
      cdp.on('Runtime.executionContextCreated', (e: { context: ContextInfo }) => contexts.set(e.context.id, e.context));
      cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => contexts.delete(e.executionContextId));
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      await cdp.send('Runtime.enable');
      return { cdp, contexts };
    })();
    sessions.set(page, session);
  }
  return session;
}

async function evaluateIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<{ value?: T; error?: string }> {
  const res = (await cdp.send('Runtime.evaluate', { contextId, expression, awaitPromise: true, returnByValue: true })) as {
    result: { value?: T };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (res.exceptionDetails) return { error: res.exceptionDetails.exception?.description ?? res.exceptionDetails.text };
  return { value: res.result.value };
}

/** The CDP frame id of a Playwright frame: its page world is given a token, then found by it. */
async function frameIdOf(session: Session, frame: Frame): Promise<string> {
  // One property per call: calls for several frames may run at once.
  const token = `__contentWorldProbe_${Math.random().toString(36).slice(2)}`;
  await frame.evaluate((t) => ((window as unknown as Record<string, boolean>)[t] = true), token);
  try {
    for (const ctx of session.contexts.values()) {
      if (!ctx.auxData?.isDefault || !ctx.auxData.frameId) continue;
      const { value } = await evaluateIn<boolean>(session.cdp, ctx.id, `window.${token} === true`).catch(() => ({ value: false }));
      if (value === true) return ctx.auxData.frameId;
    }
  } finally {
    await frame.evaluate((t) => delete (window as unknown as Record<string, boolean>)[t], token).catch(() => {});
  }
  throw new Error(`No execution context found for frame ${frame.url()}`);
}

/**
 * Evaluates `fn(arg)` in the extension's content-script world of `surface` (a page: its main
 * frame). Like Playwright's evaluate: the function is sent as source, arg and result as JSON.
 * Resolves null when the frame has no content script of the extension (none injected yet).
 */
export async function inContentWorld<T, A = undefined>(surface: Page | Frame, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T | null> {
  return evaluateInContentWorld<T>(surface, `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`);
}

/** Like inContentWorld, for an expression put together from several functions' sources. */
export async function evaluateInContentWorld<T>(surface: Page | Frame, expression: string): Promise<T | null> {
  const page = 'mainFrame' in surface ? surface : surface.page();
  const frame = 'mainFrame' in surface ? surface.mainFrame() : surface;
  const session = await sessionFor(page);
  const frameId = await frameIdOf(session, frame);
  const isolated = [...session.contexts.values()].filter(
    (c) => c.auxData?.frameId === frameId && !c.auxData.isDefault && c.origin.startsWith('chrome-extension://'),
  );
  for (const ctx of isolated) {
    const probe = await evaluateIn<boolean>(session.cdp, ctx.id, 'typeof globalThis.svarhjelpInspect === "object"').catch(() => ({ value: false }));
    if (!probe.value) continue;
    const { value, error } = await evaluateIn<T>(session.cdp, ctx.id, expression);
    if (error) throw new Error(`In the content-script world: ${error}`);
    return value as T;
  }
  return null;
}
