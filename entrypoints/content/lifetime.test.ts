// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createLifetime } from './lifetime.ts';

describe('content-script lifetime', () => {
  it('ends when the extension runtime is gone, and only then', () => {
    const runtime: { id?: string } = { id: 'abc' };
    const life = createLifetime(() => runtime);
    const ended = vi.fn();
    life.onInvalidated(ended);
    // What a page can do: dispatch WXT's handshake by name, post messages. Nothing ends the script.
    document.dispatchEvent(new CustomEvent('abc:content:wxt:content-script-started', { detail: { contentScriptName: 'content', messageId: 'x' } }));
    window.postMessage({ type: 'abc:content:wxt:content-script-started', contentScriptName: 'content', messageId: 'x' }, '*');
    expect(life.isInvalid).toBe(false);
    expect(ended).not.toHaveBeenCalled();

    delete runtime.id;
    expect(life.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('treats a runtime that throws on access as gone (Firefox dead wrappers)', () => {
    const life = createLifetime(() => {
      throw new TypeError("can't access dead object");
    });
    expect(life.isInvalid).toBe(true);
  });

  it('drops its listeners and pending timeouts when it ends', async () => {
    const runtime: { id?: string } = { id: 'abc' };
    const life = createLifetime(() => runtime);
    const onClick = vi.fn();
    const later = vi.fn();
    life.addEventListener(document, 'click', onClick);
    life.setTimeout(later, 0);
    delete runtime.id;
    life.noticeFailure(new Error('Extension context invalidated.'));
    document.dispatchEvent(new MouseEvent('click'));
    await new Promise((r) => setTimeout(r, 5));
    expect(onClick).not.toHaveBeenCalled();
    expect(later).not.toHaveBeenCalled();
  });
});

describe('Lifetime.stop', () => {
  it('ends the script at once: teardown runs and its timers no longer fire', async () => {
    const lifetime = createLifetime(() => ({ id: 'ext' }));
    let tornDown = 0;
    let fired = 0;
    lifetime.onInvalidated(() => tornDown++);
    lifetime.setTimeout(() => fired++, 0);
    lifetime.stop();
    await new Promise((r) => setTimeout(r, 5));
    expect({ tornDown, fired, invalid: lifetime.isInvalid }).toEqual({ tornDown: 1, fired: 0, invalid: true });
  });
});
