import type { FixtureServer, RequestContext } from './fixture-server';

/** Where Azure DevOps' DelegatedAuth service lists and revokes authorizations (see ../shared/design.md). */
export const DELEGATED_AUTH_HOST = 'app.vssps.visualstudio.com';
export const DELEGATED_AUTH_PATH = '/_apis/DelegatedAuth/Authorizations';

/** One entry of the service's answer, as `azure-devops-node-api` describes `AuthorizationDetails`. */
export function details(id: string, name: string, clientId: string, scopes = 'vso.code vso.work_write') {
  return {
    authorization: {
      authorizationId: id,
      registrationId: clientId,
      scopes,
      redirectUri: 'https://releasenotes.contoso.example/oauth/callback',
      validFrom: '2025-03-01T10:00:00Z',
      validTo: '2030-03-01T10:00:00Z',
      isValid: true,
      accessIssued: true,
    },
    clientRegistration: {
      registrationId: clientId,
      registrationName: name,
      organizationName: 'Contoso Ltd',
      registrationLocation: 'https://contoso.example',
    },
    scopeDescriptions: [],
  };
}

export type Mode = 'ok' | 'signed-out' | 'malformed';

/** A stand-in for Azure DevOps' DelegatedAuth service, for the e2e tests and the demo: lists its grants, revokes on POST, records what arrived. */
export class FakeDelegatedAuth {
  grants: ReturnType<typeof details>[] = [];
  mode: Mode = 'ok';
  revokeStatus = 200;
  readonly posts: { id: string | null; origin: string | undefined; apiVersion: string | null }[] = [];
  gets = 0;
  /** While set, list requests get their answer only once it settles: a service slow to answer. */
  held: Promise<void> | null = null;

  readonly handle = (_req: unknown, _res: unknown, ctx: RequestContext): void => {
    if (ctx.url.searchParams.get('api-version') === null) {
      ctx.json(400, { message: 'api-version missing' });
      return;
    }
    if (_req && (_req as { method?: string }).method === 'POST') {
      const id = ctx.url.searchParams.get('authorizationId');
      this.posts.push({ id, origin: ctx.origin, apiVersion: ctx.url.searchParams.get('api-version') });
      if (this.revokeStatus !== 200) {
        ctx.json(this.revokeStatus, { message: 'internal error' });
        return;
      }
      this.grants = this.grants.filter((grant) => grant.authorization.authorizationId !== id);
      ctx.send(204, '');
      return;
    }
    this.gets++;
    const answer = (): void => {
      if (this.mode === 'signed-out') ctx.json(401, { message: 'TF400813: not authorized' });
      else if (this.mode === 'malformed')
        ctx.send(200, '{"count": 2, "value": [{"authorization": ', 'application/json; charset=utf-8');
      else ctx.json(200, { count: this.grants.length, value: this.grants });
    };
    if (this.held) void this.held.then(answer);
    else answer();
  };

  /** Answers on the real host and path, through the fixture server the browser is routed to. */
  serveOn(server: FixtureServer): void {
    server.route(DELEGATED_AUTH_HOST, DELEGATED_AUTH_PATH, (req, res, ctx) => {
      this.handle(req, res, ctx);
    });
  }
}
