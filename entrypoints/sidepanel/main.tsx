// Side panel (Chrome side_panel / Firefox sidebar). Thin: the store and the UI live in components/.
// `?tab=<tabId>` pins the panel to one tab (pop-out windows, browser tests); otherwise it follows
// the active tab of its window.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App.tsx';
import { messagingApi } from '../../components/panel-api.ts';
import { createPanelStore, parseTabParam } from '../../components/panel-store.ts';
import './style.css';

const store = createPanelStore(messagingApi);
void store.getState().start({ fixedTabId: parseTabParam(location.search) });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App
      store={store}
      api={messagingApi}
      {...(new URLSearchParams(location.search).get('view') === 'templates' ? { initialView: 'templates' as const } : {})}
    />
  </StrictMode>,
);
