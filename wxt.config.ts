import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Svarhjelp build configuration. Firefox is built as MV3 too (WXT defaults it to MV2).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  // rules/ and tests/ are not WXT auto-import folders; everything is imported explicitly.
  imports: false,
  // WXT's content-script context announces every start to the page (an event named with the
  // extension id) and stops the script when a page replays it; ours tells and hears nothing
  // (entrypoints/content/quiet-wxt-context.ts). tests/e2e/trust-hostile.e2e.ts fails if WXT's returns.
  vite: () => ({
    resolve: {
      alias: [
        { find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./entrypoints/content/quiet-wxt-context.ts', import.meta.url)) },
      ],
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Svarhjelp',
    description: 'Skrivehjelp for Felles servicestandard i Bergen kommune – alt skjer i nettleseren.',
    default_locale: undefined,
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Svarhjelp' },
    // Alt+Shift+S opens the panel: Chrome's action opens the side panel (setPanelBehavior in the
    // background); Firefox toggles the sidebar.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Åpne Svarhjelp' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Åpne Svarhjelp' } },
    // Enterprise policy for the rule-set configuration (docs/deployment.md). Chrome/Edge validate
    // policy against this schema; Firefox needs none (policies.json 3rdparty.Extensions).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'svarhjelp@bergen.kommune.no',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
