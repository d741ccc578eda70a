// Stands in for WXT's ContentScriptContext in the content-script bundle (wxt.config.ts aliases
// wxt/utils/content-script-context here). WXT's class dispatches a "content script started" event
// into the page at every start, named with the extension id (and, unless told otherwise, posts it
// with window.postMessage), and ends the script when a page dispatches that event: a page could
// fingerprint Svarhjelp and switch it off. This one tells the page nothing and listens to nothing;
// it ends only when the extension's runtime is gone (lifetime.ts), and Svarhjelp's content script
// does not rely on it either (it keeps its own Lifetime).
import { browser } from 'wxt/browser';
import { createLifetime } from './lifetime.ts';

export class ContentScriptContext {
  private readonly lifetime = createLifetime(() => browser.runtime);
  readonly contentScriptName: string;
  constructor(contentScriptName: string) {
    this.contentScriptName = contentScriptName;
  }
  get isInvalid(): boolean {
    return this.lifetime.isInvalid;
  }
  get isValid(): boolean {
    return !this.lifetime.isInvalid;
  }
  onInvalidated(cb: () => void): () => void {
    return this.lifetime.onInvalidated(cb);
  }
  setTimeout(handler: () => void, timeout?: number): number {
    return this.lifetime.setTimeout(handler, timeout);
  }
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    this.lifetime.addEventListener(target, type, handler, options);
  }
  block<T>(): Promise<T> {
    return new Promise(() => {});
  }
}
