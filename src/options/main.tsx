import { render } from 'preact';
import { localizePage } from '../shared/localize-page';
import { OptionsApp } from './OptionsApp';

localizePage('options_title');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
