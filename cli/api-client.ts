import { Sha256 } from '@aws-crypto/sha256-js';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { SignatureV4 } from '@smithy/signature-v4';
import { UsageError } from './errors';
import { parseJson, readAnswer, refusal, type StaffClient, type StaffMethod } from './staff-client';

type CredentialProvider = ReturnType<typeof fromNodeProviderChain>;
type Credentials = Awaited<ReturnType<CredentialProvider>>;
type SignableRequest = Parameters<SignatureV4['sign']>[0];

/** What to run when there are no usable credentials. */
const LOGIN = 'run "aws sso login" or set AWS_PROFILE';

/** `ID.execute-api.REGION.amazonaws.com`: the region an API Gateway URL names. */
const EXECUTE_API_HOST = /^[a-z0-9]+\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/i;

/** Hosts plain http may reach: this machine (a test gateway); anything else needs https, the body may carry credentials. */
function loopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** The region to sign for: the one in an execute-api host, else AWS_REGION or AWS_DEFAULT_REGION. */
export function regionOf(url: URL, env: NodeJS.ProcessEnv): string | undefined {
  return EXECUTE_API_HOST.exec(url.hostname)?.[1]?.toLowerCase() ?? (env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || undefined);
}

/** The first line of a credential provider's complaint. */
function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() ?? '';
}

/** A credential provider's failure, in one line that says what to run. */
function noCredentials(error: unknown): UsageError {
  const reason = reasonOf(error);
  if (/expired/i.test(reason)) return new UsageError(`the AWS credentials for the staff API have expired: ${LOGIN}`);
  if (/sso login|refresh/i.test(reason)) return new UsageError(`the AWS SSO session for the staff API is not valid: ${LOGIN}`);
  const generic = reason === '' || /could not load credentials from any providers/i.test(reason);
  return new UsageError(`no AWS credentials for the staff API: ${LOGIN}${generic ? '' : ` (${reason})`}`);
}

/**
 * The deployed staff API: API Gateway (HTTP API, IAM authorization) in front of the staff-api
 * Lambda. Every request is signed with SigV4 for `execute-api` with the caller's credentials from
 * the standard chain (environment, profiles, SSO, …), resolved once per run.
 */
export class SignedStaffClient implements StaffClient {
  private identity: Promise<Credentials> | undefined;

  constructor(
    private readonly base: URL,
    private readonly region: string,
    private readonly credentials: CredentialProvider,
  ) {}

  /** A client for the API at `url` (the `--api` option or INTEGRATIONS_API); a URL it cannot use is a UsageError. */
  static forUrl(url: string, env: NodeJS.ProcessEnv = process.env): SignedStaffClient {
    let base: URL;
    try {
      base = new URL(url);
    } catch {
      throw new UsageError(`--api: not a URL: ${url}`);
    }
    if (base.protocol !== 'https:' && !(base.protocol === 'http:' && loopback(base.hostname)))
      throw new UsageError(`--api: expected an https:// URL of the staff API, got ${url}`);
    if (base.search || base.hash) throw new UsageError(`--api: expected the API's base URL without a query, got ${url}`);
    const region = regionOf(base, env);
    if (!region) throw new UsageError(`--api: cannot tell the AWS region of ${base.host}: set AWS_REGION`);
    return new SignedStaffClient(base, region, fromNodeProviderChain());
  }

  /** The caller's credentials, once per run; missing or expired ones are one line saying what to run. */
  private async resolveIdentity(): Promise<Credentials> {
    let identity: Credentials;
    try {
      identity = await this.credentials();
    } catch (error) {
      throw noCredentials(error);
    }
    if (identity.expiration && identity.expiration.getTime() <= Date.now())
      throw new UsageError(`the AWS credentials for the staff API have expired: ${LOGIN}`);
    return identity;
  }

  /**
   * Sends one request to the API, signed: `path` (with its query) after the API's base path, the
   * body as given. Used by `call` (JSON) and by `integrations dashboard` (pages and forms).
   */
  async send(method: string, path: string, options: { readonly body?: string; readonly headers?: Readonly<Record<string, string>> } = {}): Promise<Response> {
    this.identity ??= this.resolveIdentity();
    const credentials = await this.identity;
    // The API's base path (a named stage, a custom domain's mapping) comes before the route.
    const target = new URL(`${this.base.pathname.replace(/\/+$/, '')}${path}`, this.base);
    const text = options.body;
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(target.searchParams.keys())) {
      const values = target.searchParams.getAll(key);
      query[key] = values.length === 1 ? (values[0] ?? '') : values;
    }
    const request: SignableRequest = {
      method,
      protocol: target.protocol,
      hostname: target.hostname,
      ...(target.port ? { port: Number(target.port) } : {}),
      path: target.pathname,
      query,
      // `host` is what fetch sends (the port only when not the scheme's default): signed, not set.
      headers: { host: target.host, ...options.headers },
      ...(text === undefined ? {} : { body: text }),
    };
    const signer = new SignatureV4({ service: 'execute-api', region: this.region, credentials, sha256: Sha256 });
    const signed = await signer.sign(request);
    const { host: _host, ...headers } = signed.headers;
    try {
      return await fetch(target, { method, headers, body: text, redirect: 'manual' });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? ` (${reasonOf(error.cause)})` : '';
      throw new UsageError(`the staff API at ${this.base.origin} does not answer${cause}`);
    }
  }

  async call(method: StaffMethod, path: string, body?: unknown): Promise<unknown> {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const response = await this.send(method, path, {
      ...(text === undefined ? {} : { body: text }),
      headers: { accept: 'application/json', ...(text === undefined ? {} : { 'content-type': 'application/json' }) },
    });
    if (response.status === 403) {
      // API Gateway's own refusal (the staff API never answers 403): { message } and no error name.
      const answer = await response.text();
      // Its message may go on with the canonical request on further lines: the first says it.
      const message = reasonOf(refusal(response, parseJson(answer), answer));
      if (/expired/i.test(message)) throw new UsageError(`the AWS credentials for the staff API have expired: ${LOGIN}`);
      throw new UsageError(
        `the staff API refused the request (403 ${message}): the signature was refused or your IAM policy does not allow execute-api:Invoke on ${this.base.host}`,
      );
    }
    return readAnswer(response, `the staff API at ${this.base.origin}`);
  }
}
