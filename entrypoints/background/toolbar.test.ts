import { describe, expect, it, vi } from 'vitest';
import { wireToolbarButton } from './toolbar.ts';

/** A toolbar button whose click can be simulated, as the browser fires action.onClicked. */
function fakeAction() {
  const listeners: Array<(tab: unknown) => void> = [];
  return {
    onClicked: { addListener: (listener: (tab: unknown) => void) => listeners.push(listener) },
    click: () => listeners.forEach((listener) => listener({ id: 1 })),
    listeners,
  };
}

describe('toolbar button', () => {
  it('Firefox: a click on the button toggles the sidebar, within the click (no await before it)', () => {
    const action = fakeAction();
    const toggle = vi.fn(async () => {});
    expect(wireToolbarButton({ action, sidebarAction: { toggle } })).toBe('sidebar');
    expect(toggle).not.toHaveBeenCalled();
    action.click();
    expect(toggle).toHaveBeenCalledTimes(1);
    action.click();
    expect(toggle).toHaveBeenCalledTimes(2);
  });

  it('Firefox: a refused toggle is logged, not thrown into the browser', async () => {
    const action = fakeAction();
    const log = vi.fn();
    wireToolbarButton({ action, sidebarAction: { toggle: () => Promise.reject(new Error('not a user action')) } }, log);
    action.click();
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('could not toggle the sidebar', expect.any(Error)));
  });

  it('Chrome/Edge: the browser opens the side panel on the button; no click handler of ours', () => {
    const action = fakeAction();
    const setPanelBehavior = vi.fn(async () => {});
    expect(wireToolbarButton({ action, sidePanel: { setPanelBehavior } })).toBe('side-panel');
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(action.listeners).toHaveLength(0);
  });

  it('a browser with neither API gets no handler', () => {
    const action = fakeAction();
    expect(wireToolbarButton({ action })).toBe('none');
    expect(action.listeners).toHaveLength(0);
  });
});
