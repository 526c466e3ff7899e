import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

/** What API Gateway (HTTP API, payload 2.0) hands the Lambda, and what the Lambda answers. */
export type HttpApiEvent = Record<string, unknown>;
export interface HttpApiResult {
  readonly statusCode?: number;
  readonly headers?: Record<string, string | number | boolean>;
  readonly body?: string;
  readonly isBase64Encoded?: boolean;
}

export interface GatewayOptions {
  /** The only credentials the gateway accepts (an IAM user allowed execute-api:Invoke). */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly region: string;
  /** The integration: the Lambda handler as Lambda runs it. */
  readonly handler: (event: HttpApiEvent) => Promise<HttpApiResult>;
}

export interface SignedGateway {
  readonly port: number;
  readonly url: string;
  /** Every request that reached the gateway: whether its signature held, and who signed it. */
  readonly requests: { method: string; path: string; verified: boolean; accessKey: string | undefined }[];
  close(): Promise<void>;
}

const ACCOUNT = '111122223333';
/** Connection headers API Gateway does not pass on. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade']);

/** `20270301T150000Z` → the Date a signer used. */
function amzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))) : undefined;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * Checks a request's SigV4 signature as API Gateway does: the headers it names as signed, its own
 * x-amz-date, the body it carries (and its x-amz-content-sha256, when sent, must be the body's),
 * re-signed with the known credentials; the Authorization header must come out the same. Returns
 * the access key of a valid signature, else undefined.
 */
async function verify(req: IncomingMessage, body: string, port: number, options: GatewayOptions): Promise<string | undefined> {
  const authorization = header(req, 'authorization');
  const date = amzDate(header(req, 'x-amz-date') ?? '');
  const parts = authorization ? /^AWS4-HMAC-SHA256 Credential=([^/]+)\/[^,]+, SignedHeaders=([^,]+), Signature=[0-9a-f]{64}$/.exec(authorization) : null;
  if (!authorization || !date || !parts?.[1] || !parts[2]) return undefined;
  // More than 15 minutes off is refused, as API Gateway does.
  if (Math.abs(Date.now() - date.getTime()) > 15 * 60_000) return undefined;
  const signedHeaders = parts[2].split(';');
  if (!signedHeaders.includes('host')) return undefined;
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = header(req, name);
    if (value === undefined) return undefined;
    headers[name] = value;
  }
  // A signed x-amz-content-sha256 stands for the body in the signature: it must be the body's.
  const contentHash = header(req, 'x-amz-content-sha256');
  if (contentHash !== undefined && contentHash !== createHash('sha256').update(body, 'utf8').digest('hex')) return undefined;
  const url = new URL(req.url ?? '/', 'http://gateway.invalid');
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  const signer = new SignatureV4({ service: 'execute-api', region: options.region, credentials: options.credentials, sha256: Sha256 });
  const expected = await signer.sign(
    { method: req.method ?? 'GET', protocol: 'http:', hostname: '127.0.0.1', port, path: url.pathname, query, headers, ...(body ? { body } : {}) },
    { signingDate: date },
  );
  return expected.headers['authorization'] === authorization ? parts[1] : undefined;
}

/** A verified request as the HTTP API's payload 2.0 event (routeKey `$default`, IAM authorizer). */
function toEvent(req: IncomingMessage, body: string, accessKey: string): HttpApiEvent {
  const rawUrl = req.url ?? '/';
  const at = rawUrl.indexOf('?');
  const rawPath = at < 0 ? rawUrl : rawUrl.slice(0, at);
  const rawQueryString = at < 0 ? '' : rawUrl.slice(at + 1);
  const headers: Record<string, string> = {};
  for (const name of Object.keys(req.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = header(req, name) ?? '';
  const queryStringParameters: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(rawQueryString))
    queryStringParameters[key] = key in queryStringParameters ? `${queryStringParameters[key]},${value}` : value;
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers,
    ...(rawQueryString ? { queryStringParameters } : {}),
    requestContext: {
      accountId: ACCOUNT,
      apiId: 'local0api1',
      authorizer: {
        iam: {
          accessKey,
          accountId: ACCOUNT,
          callerId: 'AIDATESTCALLER',
          cognitoIdentity: null,
          principalOrgId: null,
          userArn: `arn:aws:iam::${ACCOUNT}:user/staff`,
          userId: 'AIDATESTCALLER',
        },
      },
      domainName: headers['host'] ?? '127.0.0.1',
      domainPrefix: '127',
      http: {
        method: req.method ?? 'GET',
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: `req-${now.getTime()}`,
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body ? { body } : {}),
    isBase64Encoded: false,
  };
}

function reply(res: ServerResponse, status: number, headers: Record<string, string | number | boolean>, body: string): void {
  res.writeHead(status, Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)])));
  res.end(body);
}

/**
 * A stand-in for API Gateway with IAM authorization on 127.0.0.1: a request whose SigV4 signature
 * does not verify gets 403 `{"message":"Forbidden"}`; a verified one becomes a payload 2.0 event
 * for the handler, whose `{ statusCode, headers, body }` is the answer.
 */
export async function startSignedGateway(options: GatewayOptions): Promise<SignedGateway> {
  const requests: SignedGateway['requests'] = [];
  let port = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      void (async () => {
        const accessKey = await verify(req, body, port, options);
        requests.push({ method: req.method ?? '', path: req.url ?? '', verified: accessKey !== undefined, accessKey });
        if (!accessKey) return reply(res, 403, { 'content-type': 'application/json' }, JSON.stringify({ message: 'Forbidden' }));
        const result = await options.handler(toEvent(req, body, accessKey));
        const text = result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64').toString('utf8') : (result.body ?? '');
        reply(res, result.statusCode ?? 200, result.headers ?? {}, text);
      })().catch((error: unknown) => reply(res, 500, { 'content-type': 'application/json' }, JSON.stringify({ message: String(error) })));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
