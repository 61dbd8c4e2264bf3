import { NO_VERDICT, type Verdict } from './types';

/**
 * The tab's verdict from its frames' verdicts. Danger anywhere wins, because a framed imitation or a framed
 * approval page is exactly what the user cannot see. `OK` only ever comes from the top document: a verified
 * page inside someone else's page proves nothing about what the user is looking at.
 */
export function combineFrameVerdicts(frames: Readonly<Record<string, { readonly verdict: Verdict }>>): Verdict {
  const top = frames['0']?.verdict ?? NO_VERDICT;
  if (top.level === 'danger') return top;
  const entries = Object.entries(frames).filter(([frameId]) => frameId !== '0');
  const framedDanger = entries.find(([, frame]) => frame.verdict.level === 'danger');
  if (framedDanger) return framedDanger[1].verdict;
  if (top.level !== 'none') return top;
  const framedCaution = entries.find(([, frame]) => frame.verdict.level === 'caution');
  return framedCaution ? framedCaution[1].verdict : NO_VERDICT;
}
