import { readFileSync } from 'node:fs';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ConfigurationError, environmentConfig } from './config';
import { IntegrationsStack } from './stack';

// Synthesizes offline: no account or region lookups, so `npx cdk synth` needs no AWS credentials.
const app = new App();
try {
  const config = environmentConfig(
    (key) => app.node.tryGetContext(key),
    (path) => readFileSync(path, 'utf8'),
  );
  new IntegrationsStack(app, 'Integrations', { config, env: config.account ? { account: config.account, region: config.region } : { region: config.region } });
  // cdk-nag's AwsSolutions rules on every synth: an unacknowledged finding fails it.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  app.synth();
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(`Configuration error: ${error.message}`);
  process.exitCode = 1;
}
