// Lives inside the closed shadow root, so page styles cannot reach it and it cannot leak into the page.
export const WARNING_CSS = `
:host { all: initial; }
dialog {
  box-sizing: border-box; max-width: min(560px, calc(100vw - 32px)); width: 100%;
  margin: auto; padding: 0; border: 0; border-radius: 12px; overflow: hidden;
  background: #fff; color: #1a1a1a; box-shadow: 0 24px 64px rgba(0,0,0,.45);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
}
dialog::backdrop { background: rgba(120, 0, 0, .72); }
header { background: #b71c1c; color: #fff; padding: 20px 24px; display: flex; gap: 14px; align-items: center; }
header svg { flex: none; }
h1 { font-size: 20px; line-height: 1.3; margin: 0; font-weight: 700; }
.body { padding: 20px 24px 8px; }
ul { margin: 0 0 12px; padding-inline-start: 20px; }
li { margin: 4px 0; }
.real { background: #fff4e5; border-radius: 8px; padding: 10px 12px; margin: 12px 0; }
.real strong { font-family: ui-monospace, monospace; word-break: break-all; }
.actions { display: flex; flex-wrap: wrap; gap: 12px; justify-content: flex-end; padding: 12px 24px 20px; }
button { font: inherit; border-radius: 8px; padding: 10px 18px; cursor: pointer; border: 2px solid transparent; }
button:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
.primary { background: #b71c1c; color: #fff; font-weight: 600; }
.secondary { background: transparent; color: #5f2120; border-color: #d7a8a6; }
.report { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0 24px 16px; font-size: 14px; }
.report p { margin: 0; }
.link { padding: 2px 0; border: 0; background: none; color: inherit; text-decoration: underline; font-size: 14px; }
.confirm { display: none; padding: 0 24px 8px; color: #5f2120; }
.confirming .confirm { display: block; }
@media (prefers-color-scheme: dark) {
  dialog { background: #1f1f1f; color: #f1f1f1; }
  .real { background: #3b2a12; }
  .secondary, .confirm { color: #ffb4ab; border-color: #8c4a45; }
}
@media (prefers-reduced-motion: no-preference) {
  dialog[open] { animation: cg-in .12s ease-out; }
  @keyframes cg-in { from { transform: scale(.97); opacity: .6; } to { transform: none; opacity: 1; } }
}
`;

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
