import { render } from 'preact';
import { App } from './App';
import { tabIdForPopup } from './current-tab';

const root = document.getElementById('app');
if (root) render(<App tabId={tabIdForPopup()} />, root);
