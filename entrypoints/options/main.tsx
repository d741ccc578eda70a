// Options page: site access (Firefox lets the user withhold it), rule-set status, "Oppdater nå", pilot settings, the active rules and a text
// tester. Thin: everything lives in components/ruleset/.
import { OptionsApp } from '../../components/ruleset/OptionsApp.tsx';
import { browserOptionsApi } from '../../components/ruleset/options-api.ts';
import { browserSiteAccess } from '../../components/ruleset/SiteAccess.tsx';
import { mountPage } from '../../components/mount-page.tsx';
import './style.css';

mountPage(<OptionsApp api={browserOptionsApi} siteAccess={browserSiteAccess} />);
