import { render } from 'preact';
import { BlockedPageView } from './BlockedPageView';

const root = document.getElementById('app');
const tab = new URLSearchParams(location.search).get('tab');
if (root) render(<BlockedPageView tabId={tab !== null && /^\d{1,10}$/.test(tab) ? Number(tab) : null} />, root);
