import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import type { PageSnapshot } from '../../../src/core/page/snapshot-types';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { createEvaluationContext, evaluateFrame, type ContextOptions } from '../../../src/core/verdict/evaluate';
import type { Verdict } from '../../../src/core/verdict/types';
import { domFrom, PAGES_DIR } from '../page/fixture-dom';

export const ADO = 'https://app.vssps.visualstudio.com/oauth2/authorize';
export const ENTRA = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize';
export const GITHUB = 'https://github.com/login/oauth/authorize';
export const GOOGLE = 'https://accounts.google.com/o/oauth2/v2/auth';

export function fixtureSnapshot(file: string, url: string): PageSnapshot {
  return takeSnapshot(domFrom(readFileSync(join(PAGES_DIR, file), 'utf8'), url).window.document);
}

/** A branded consent page for each provider, so that only the request decides between OK and `?`. */
const adoPage = fixtureSnapshot('approval/ado-authorize.html', ADO);
export const BRANDED: Readonly<Record<string, PageSnapshot>> = {
  [ADO]: adoPage,
  [ENTRA]: {
    ...adoPage,
    upperText: `microsoft ${adoPage.upperText}`,
    consent: { ...adoPage.consent, appName: 'Contoso Notes' },
  },
  [GITHUB]: {
    ...adoPage,
    upperText: `github ${adoPage.upperText}`,
    imageHints: ['octicon-mark-github'],
    upperImageHints: ['octicon-mark-github'],
  },
  [GOOGLE]: {
    ...adoPage,
    upperText: `google ${adoPage.upperText}`,
    imageHints: ['googlelogo'],
    upperImageHints: ['googlelogo'],
  },
};

export const context = createEvaluationContext(PROVIDERS);

export function query(params: Readonly<Record<string, string | readonly string[]>>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    for (const one of typeof value === 'string' ? [value] : value) search.append(name, one);
  return search.toString();
}

export function verdictAt(
  base: string,
  params: Readonly<Record<string, string | readonly string[]>>,
  snapshot?: PageSnapshot | null,
  options?: ContextOptions,
): Verdict {
  const url = `${base}?${query(params)}`;
  const page = snapshot === undefined ? (BRANDED[base] ?? null) : snapshot;
  return evaluateFrame(
    { url, isTop: true, topUrl: url, snapshot: page },
    options ? createEvaluationContext(PROVIDERS, options) : context,
  );
}

/** The request each provider's documentation shows, with the scope and redirect under test. */
export function request(base: string, scope: string, redirect: string): Record<string, string> {
  if (base === ADO)
    return {
      client_id: '5C5E6F1B-2D0A-4A5F-9C1E-7E0B7D0C4F11',
      response_type: 'Assertion',
      state: 's1',
      scope,
      redirect_uri: redirect,
    };
  if (base === GITHUB) return { client_id: 'Iv1.8a61f9b3a7aba766', state: 's1', scope, redirect_uri: redirect };
  return {
    client_id: '6731de76-14a6-49ae-97bc-6eba6914391e',
    response_type: 'code',
    state: 's1',
    scope,
    redirect_uri: redirect,
  };
}
