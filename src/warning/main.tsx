import { render } from 'preact';
import { localizePage } from '../shared/localize-page';
import { BlockedPageView } from './BlockedPageView';

localizePage('blocked_title');
const root = document.getElementById('app');
const tab = new URLSearchParams(location.search).get('tab');
if (root) render(<BlockedPageView tabId={tab !== null && /^\d{1,10}$/.test(tab) ? Number(tab) : null} />, root);
