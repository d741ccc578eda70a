// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteAccess, type SiteAccessApi } from './SiteAccess.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function fakeAccess(granted: boolean, answer: boolean): SiteAccessApi & { changed(): void; state: { granted: boolean } } {
  const state = { granted };
  let listener: (() => void) | undefined;
  return {
    state,
    granted: vi.fn(async () => state.granted),
    request: vi.fn(async () => {
      if (answer) state.granted = true;
      return answer;
    }),
    onChange: (cb) => {
      listener = cb;
      return () => (listener = undefined);
    },
    changed: () => listener?.(),
  };
}

describe('SiteAccess (options page)', () => {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });
  const render = async (api: SiteAccessApi) => {
    await act(async () => root.render(<SiteAccess api={api} />));
  };
  const button = () => host.querySelector<HTMLButtonElement>('[data-testid="site-access-request"]');

  it('shows nothing while Svarhjelp has access to the sites', async () => {
    await render(fakeAccess(true, true));
    expect(host.textContent).toBe('');
  });

  it('says access is missing, asks from the click, and goes away once the user gave it', async () => {
    const api = fakeAccess(false, true);
    await render(api);
    expect(host.textContent).toContain('Svarhjelp har ikke tilgang til nettsidene');
    expect(button()!.textContent).toBe('Gi Svarhjelp tilgang til nettsidene');
    await act(async () => button()!.click());
    expect(api.request).toHaveBeenCalledTimes(1);
    expect(button()).toBeNull();
  });

  it('says so when the user said no, and keeps the button', async () => {
    await render(fakeAccess(false, false));
    await act(async () => button()!.click());
    expect(host.querySelector('[role="status"]')!.textContent).toContain('Tilgangen ble ikke gitt');
    expect(button()).not.toBeNull();
  });

  it('follows access given or taken away elsewhere (the add-ons manager)', async () => {
    const api = fakeAccess(true, true);
    await render(api);
    api.state.granted = false;
    await act(async () => api.changed());
    expect(button()).not.toBeNull();
  });
});
