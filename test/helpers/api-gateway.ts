import type { LambdaEvent } from 'hono/aws-lambda';

/**
 * An API Gateway HTTP API (payload 2.0) event as IAM-authorized API Gateway sends it to the
 * staff-api Lambda: `routeKey` is the route with its path parameters, `path` the request's path.
 */
export function apiGatewayEvent(method: string, routeKey: string, path: string, body?: unknown): LambdaEvent {
  return {
    version: '2.0',
    routeKey: `${method} ${routeKey}`,
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', host: 'abc123.execute-api.us-east-1.amazonaws.com' },
    requestContext: {
      accountId: '111122223333',
      apiId: 'abc123',
      authentication: null,
      domainName: 'abc123.execute-api.us-east-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'integrations-cli' },
      requestId: `req-${Math.random()}`,
      routeKey: `${method} ${routeKey}`,
      stage: '$default',
      time: '04/Jan/2027:14:00:00 +0000',
      timeEpoch: 1799071200000,
      authorizer: {
        iam: {
          accessKey: 'AKIATEST',
          accountId: '111122223333',
          callerId: 'AIDATEST',
          cognitoIdentity: null,
          principalOrgId: null,
          userArn: 'arn:aws:iam::111122223333:user/sam',
          userId: 'AIDATEST',
        },
      },
    },
    body: body === undefined ? null : JSON.stringify(body),
    isBase64Encoded: false,
  };
}
