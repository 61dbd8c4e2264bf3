// The dialog's own styles are in warning.css, which the build minifies (everything the content script loads has a
// 15 kB budget).
export { default as WARNING_CSS } from './warning.css?inline';

// Inline and important, so that page stylesheets (even `!important` ones in cascade layers) cannot hide the host.
export const HOST_STYLE = [
  'all: initial !important',
  'display: block !important',
  'position: fixed !important',
  'top: 0 !important',
  'left: 0 !important',
  'width: 0 !important',
  'height: 0 !important',
  'z-index: 2147483647 !important',
  'visibility: visible !important',
  'opacity: 1 !important',
].join('; ');
