import type { DeviceCodeCues, DeviceCodeSegment } from '../page/snapshot-types';
import type { Provider } from '../providers/types';
import { phrase } from '../text/phrase';
import type { PageUrl } from '../url/page-url';
import { NO_VERDICT, type Verdict } from '../verdict/types';
import { deviceCodeAddress, type DeviceCodeMatch } from './endpoint';
import { instructsCodeEntry } from './instructions';
import { userCodesIn } from './user-code';

/** How many lines apart the code and the words telling the reader to enter it may be (a meeting invite's layout). */
const NEARBY_SEGMENTS = 4;

export interface LureFinding {
  readonly target: DeviceCodeMatch;
  /** The address as the page wrote it. */
  readonly address: string;
  readonly code: string;
}

/**
 * Device-code phishing's lure: a page on someone else's site that names a provider's device-login address and shows
 * a code the reader is told to enter there. Whoever runs the page started the sign-in, so the code signs them in.
 * Quoted text (code, tool output, quotations, terminals) neither names nor shows: documentation and issue threads
 * paste `az login --use-device-code` output that way. The caller has ruled out the providers' own pages.
 */
export function findDeviceCodeLure(cues: DeviceCodeCues, providers: readonly Provider[]): LureFinding | null {
  const target = cues.addresses
    .filter((entry) => !entry.quoted)
    .map((entry) => ({ entry, match: deviceCodeAddress(entry.address, providers) }))
    .find((candidate) => candidate.match !== null);
  if (!target?.match) return null;
  const said = cues.segments.map((segment, index) => ({ segment, index })).filter(({ segment }) => !segment.quoted);
  const instructions = said
    .filter(({ segment }) => instructsCodeEntry(segment.text.toLowerCase()))
    .map(({ index }) => index);
  if (instructions.length === 0) return null;
  for (const { segment, index } of said) {
    const code = codeOf(segment);
    if (code && instructions.some((at) => Math.abs(at - index) <= NEARBY_SEGMENTS))
      return { target: target.match, address: target.entry.address, code };
  }
  return null;
}

function codeOf(segment: DeviceCodeSegment): string | null {
  return userCodesIn(segment.text)[0] ?? null;
}

/** The verdict for a lure: danger, saying that the code hands the page's owner the account. */
export function lureVerdict(url: PageUrl, finding: LureFinding): Verdict {
  const { provider, endpoint } = finding.target;
  return {
    ...NO_VERDICT,
    level: 'danger',
    kind: 'device-code-lure',
    providerId: provider.id,
    providerName: provider.name,
    headline: phrase('verdict_deviceCodeLure', endpoint.account),
    reasons: [
      phrase('reason_deviceCodeLureCode', url.hostname, finding.code, endpoint.account),
      phrase('reason_deviceCodeLureGenuine', hostAndPath(endpoint.origin, finding.address)),
    ],
  };
}

function hostAndPath(origin: string, written: string): string {
  const bare = written.replace(/^[a-z]+:\/\//i, '').split(/[?#]/)[0] ?? '';
  return bare !== '' ? bare : origin.replace(/^https:\/\//, '');
}
