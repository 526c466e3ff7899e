import { App } from 'aws-cdk-lib';
import { IntegrationsStack } from './stack';

// Synthesizes offline: no account or region lookups, so `npx cdk synth` needs no AWS credentials.
const app = new App();
new IntegrationsStack(app, 'Integrations');
app.synth();
