import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Structured JSON logs (Powertools). What is logged is chosen, never dumped: ids, step names,
 * outcomes and reasons — never mail bodies, task tokens or secrets.
 */
export const logger = new Logger({ serviceName: 'integrations' });
