// The toolbar button opens Svarhjelp's panel. Chrome/Edge: the side panel opens on the button by
// itself once setPanelBehavior says so. Firefox has no such behaviour and no sidePanel API: the
// button fires action.onClicked, and the sidebar is toggled there — synchronously, because
// Firefox lets sidebarAction.open/toggle run only inside the handler of a user action.

export interface ToolbarBrowser {
  action?: { onClicked?: { addListener(listener: (tab: unknown) => void): void } };
  sidePanel?: { setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void> };
  sidebarAction?: { toggle?(): Promise<void> };
}

/** Wires the toolbar button; says which panel it opens ('none' where the browser has neither API). */
export function wireToolbarButton(
  browserLike: ToolbarBrowser,
  log: (message: string, error?: unknown) => void = (message, error) => console.warn(`[Svarhjelp] ${message}`, error ?? ''),
): 'side-panel' | 'sidebar' | 'none' {
  const { sidePanel, sidebarAction, action } = browserLike;
  if (sidePanel?.setPanelBehavior) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => log('could not make the button open the side panel', error));
    return 'side-panel';
  }
  if (sidebarAction?.toggle && action?.onClicked) {
    action.onClicked.addListener(() => {
      sidebarAction.toggle!().catch((error: unknown) => log('could not toggle the sidebar', error));
    });
    return 'sidebar';
  }
  return 'none';
}

/** The browser APIs that open the panel from code: Chrome/Edge's side panel, Firefox's sidebar. */
export interface PanelOpeners {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the panel for a window (preferred) or tab. Both browsers allow this only within a user
 * action with no await before the call, so callers call it synchronously in their handler;
 * either may still refuse. Chrome needs a window or tab to open in.
 */
export function openPanel(openers: PanelOpeners, where: { tabId?: number; windowId?: number }): Promise<void> {
  if (openers.sidePanel?.open) {
    if (where.windowId !== undefined) return openers.sidePanel.open({ windowId: where.windowId });
    if (where.tabId !== undefined) return openers.sidePanel.open({ tabId: where.tabId });
    return Promise.reject(new Error('no window known to open the side panel in'));
  }
  if (openers.sidebarAction?.open) return openers.sidebarAction.open();
  return Promise.reject(new Error('no side panel API'));
}
