// How long the content script lives: until the extension that injected it is gone (reloaded,
// updated, disabled, removed). Chrome then leaves the old script running in the page with its
// runtime disconnected: browser.runtime.id reads undefined and every message fails. That is the
// only signal taken; nothing a page can send or dispatch ends the script. (WXT's own context also
// stops a script when a page event claims a newer copy started, and announces every start to
// the page with the extension id in the event name, so it is not used: see quiet-wxt-context.ts.)

/** The part of browser.runtime that tells whether the extension is still there. */
export interface RuntimeLike {
  readonly id?: string;
}

export interface Lifetime {
  /** True once the runtime is gone; reading it notices a disconnect and runs the teardown. */
  readonly isInvalid: boolean;
  setTimeout(handler: () => void, timeout?: number): number;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  onInvalidated(cb: () => void): () => void;
  /** A message to the background failed: the runtime may be gone, look now. */
  noticeFailure(error: unknown): void;
  /** Ends the script here for good (a policy that arrived late excludes this site). */
  stop(): void;
}

export function createLifetime(runtime: () => RuntimeLike | undefined): Lifetime {
  const controller = new AbortController();
  const connected = (): boolean => {
    try {
      return !!runtime()?.id;
    } catch {
      // Firefox throws on a dead wrapper once the extension is gone.
      return false;
    }
  };
  const end = () => {
    if (!controller.signal.aborted) controller.abort();
  };
  const lifetime: Lifetime = {
    get isInvalid() {
      if (!controller.signal.aborted && !connected()) end();
      return controller.signal.aborted;
    },
    setTimeout(handler, timeout) {
      const id = setTimeout(() => {
        if (!lifetime.isInvalid) handler();
      }, timeout) as unknown as number;
      controller.signal.addEventListener('abort', () => clearTimeout(id), { once: true });
      return id;
    },
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler, { ...options, signal: controller.signal });
    },
    onInvalidated(cb) {
      controller.signal.addEventListener('abort', cb, { once: true });
      return () => controller.signal.removeEventListener('abort', cb);
    },
    noticeFailure() {
      void lifetime.isInvalid;
    },
    stop: end,
  };
  return lifetime;
}
