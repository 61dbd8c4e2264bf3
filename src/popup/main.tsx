import { render } from 'preact';
import { localizePage } from '../shared/localize-page';
import { App } from './App';
import { tabIdForPopup } from './current-tab';

localizePage('ext_name');
const root = document.getElementById('app');
if (root) render(<App tabId={tabIdForPopup()} />, root);
