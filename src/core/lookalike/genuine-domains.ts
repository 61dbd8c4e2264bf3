/**
 * Registrable domains that belong to the real organisations yet trip a lookalike rule.
 * An entry here is a bypass for attackers if the name ever changes hands, so each one must be
 * owned by the imitated organisation and must say why it would otherwise be flagged.
 */
const GENUINE_DOMAINS: ReadonlySet<string> = new Set([
  // Entra ID sign-in for Azure Government (login.microsoftonline.us): the distinctive
  // "microsoftonline" label on another TLD.
  'microsoftonline.us',
  // Entra ID sign-in for Azure operated by 21Vianet (login.partner.microsoftonline.cn).
  'microsoftonline.cn',
  // Entra ID sign-in of the former Microsoft Cloud Deutschland (login.microsoftonline.de).
  'microsoftonline.de',
  // Defender for Cloud Apps session control appends .mcas.ms to the real host
  // (login.microsoftonline.com.mcas.ms, dev.azure.com.mcas.ms): target embedding by design.
  'mcas.ms',
  // Windows Update content (download.windowsupdate.com): brand + "update" reads as combo-squatting.
  'windowsupdate.com',
]);

/** True when `site` (a registrable domain) is one of the genuine domains or below one. */
export function isGenuineDomain(site: string): boolean {
  let domain = site;
  for (;;) {
    if (GENUINE_DOMAINS.has(domain)) return true;
    const dot = domain.indexOf('.');
    if (dot === -1) return false;
    domain = domain.slice(dot + 1);
  }
}
