import { render } from 'preact';
import { localizePage } from '../shared/localize-page';
import { App } from './App';
import { loadAuthorizations, loadRemembered } from './authorizations/authorizations-client';
import { tabIdForPopup } from './current-tab';
import { loadTabState } from './tab-state-client';

// The questions go to the background before anything renders: the slow one (every provider's live list) first,
// then the list the providers last gave, shown until the live one comes. Asked from effects instead, they would
// wait for the first paint, and the answers for the frame after it.
const authorizations = loadAuthorizations(true);
const remembered = loadRemembered();
const page = loadTabState(tabIdForPopup());

localizePage('ext_name');
const root = document.getElementById('app');
if (root) render(<App page={page} authorizations={authorizations} remembered={remembered} />, root);
