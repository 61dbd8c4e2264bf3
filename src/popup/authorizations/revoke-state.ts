/** What the popup knows about one grant's revocation, by `revokeKey`. */
export type RevokeState =
  | { readonly state: 'confirming' }
  | { readonly state: 'pending' }
  | { readonly state: 'failed'; readonly message: string }
  /** A provider without a revoke service: its page was opened for the user. */
  | { readonly state: 'opened'; readonly label: string };

export const revokeKey = (providerId: string, id: string): string => `${providerId}\n${id}`;

/** Element ids must not carry API data; a grant's position in its list is enough. */
export const grantDomId = (providerId: string, index: number): string => `grant-${providerId}-${index}`;
