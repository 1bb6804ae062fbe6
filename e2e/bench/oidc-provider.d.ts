// oidc-provider ships no types; the bench reference (oidc-reference.ts) uses a handful of its members.
declare module "oidc-provider" {
  interface GrantContext {
    oidc: { client: unknown; params?: Record<string, unknown> };
    body: unknown;
  }
  interface Token {
    resourceServer: unknown;
    expiration: number;
    scope?: string;
    save(): Promise<string>;
  }
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    registerGrantType(name: string, handler: (ctx: GrantContext) => Promise<void>, params?: string[]): void;
    listen(port: number, callback: () => void): void;
    ReplayDetection: { unique(iss: string, jti: string, exp: number): Promise<boolean> };
    ClientCredentials: new (init: { client: unknown; scope: string }) => Token;
    ResourceServer: new (identifier: string, info: Record<string, unknown>) => unknown;
  }
  export const errors: { InvalidGrant: new (description: string) => Error };
}
