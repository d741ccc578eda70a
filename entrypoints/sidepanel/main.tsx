// Side panel (Chrome side_panel / Firefox sidebar). Thin: the store and the UI live in components/.
// `?tab=<tabId>` pins the panel to one tab (pop-out windows, browser tests); otherwise it follows
// the active tab of its window.
import { App } from '../../components/App.tsx';
import { mountPage } from '../../components/mount-page.tsx';
import { messagingApi } from '../../components/panel-api.ts';
import { createPanelStore, parseTabParam } from '../../components/panel-store.ts';
// The panel's styles, by part: the base (colours, header, summary, notices), the value sections
// and finding cards, the deadline/checklist/inquiry cards and footer, the standard answers tab.
import './style.css';
import './findings.css';
import './inquiry.css';
import './templates.css';

const store = createPanelStore(messagingApi);
void store.getState().start({ fixedTabId: parseTabParam(location.search) });

mountPage(
  <App store={store} api={messagingApi} {...(new URLSearchParams(location.search).get('view') === 'templates' ? { initialView: 'templates' as const } : {})} />,
);
