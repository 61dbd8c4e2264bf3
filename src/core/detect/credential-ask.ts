import type { PageSnapshot } from '../page/snapshot-types';

export interface CredentialAsk {
  readonly asks: boolean;
  /** `two-step-email`: a username/email step whose password step comes later (Microsoft's own flow). */
  readonly kind: 'password' | 'two-step-email' | 'none';
  /** A credential form submits to another origin than the page's. */
  readonly postsElsewhere: boolean;
}

/** Buttons that move a sign-in forward after the username step. */
const NEXT_WORDING =
  /^(?:next|continue|sign ?in|log ?in|login|sign on|proceed|verify|weiter|suivant|siguiente|avanti|volgende)\b/;

/**
 * Whether the page asks for credentials: a visible password input, or a username/email input with a
 * Next-like button (a two-step flow; whether it is branded is for the caller to weigh).
 */
export function detectCredentialAsk(snapshot: PageSnapshot): CredentialAsk {
  const crossOrigin = snapshot.forms.filter((form) => form.crossOrigin);
  if (snapshot.passwordInputs > 0) {
    return {
      asks: true,
      kind: 'password',
      postsElsewhere: crossOrigin.some((form) => form.hasPassword || form.hasIdentifier),
    };
  }
  if (snapshot.identifierInputs > 0 && snapshot.actions.some((action) => NEXT_WORDING.test(action))) {
    return { asks: true, kind: 'two-step-email', postsElsewhere: crossOrigin.some((form) => form.hasIdentifier) };
  }
  // A newsletter form posting to a mailing-list service is not a credential going elsewhere.
  return { asks: false, kind: 'none', postsElsewhere: false };
}
