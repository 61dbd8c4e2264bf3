/**
 * While the warning stands, nothing the user typed leaves through the page's forms: submit events, Enter in a
 * field and clicks on submit buttons are stopped at the window, before the page's own listeners run.
 * Returns the function that lifts the guard (after a deliberate "Continue anyway").
 */
export function guardSubmissions(): () => void {
  const stop = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && isFormField(event.composedPath()[0])) stop(event);
  };
  const onClick = (event: MouseEvent): void => {
    if (isSubmitControl(event.composedPath()[0])) stop(event);
  };
  window.addEventListener('submit', stop, true);
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('click', onClick, true);
  return () => {
    window.removeEventListener('submit', stop, true);
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('click', onClick, true);
  };
}

function isFormField(target: EventTarget | undefined): boolean {
  return target instanceof HTMLInputElement && target.form !== null;
}

function isSubmitControl(target: EventTarget | undefined): boolean {
  if (!(target instanceof Element)) return false;
  const control = target.closest('button, input[type="submit"], input[type="image"]');
  if (control instanceof HTMLButtonElement) return control.type === 'submit' && control.form !== null;
  return control instanceof HTMLInputElement && control.form !== null;
}
