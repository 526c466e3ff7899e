import type { StaffClient } from './staff-client';

/** The environment variable that names the deployed staff API when `--api` is not given. */
export const API_ENV = 'INTEGRATIONS_API';

/**
 * The staff client of a run: the deployed staff API when `api` (the `--api` option, else
 * INTEGRATIONS_API) names one, signing every request with SigV4; otherwise the local runtime.
 */
export async function chooseStaffClient(api: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<StaffClient> {
  const url = api?.trim() || env[API_ENV]?.trim();
  if (url) {
    const { SignedStaffClient } = await import('./api-client');
    return SignedStaffClient.forUrl(url, env);
  }
  const { LocalStaffClient } = await import('./local-client');
  return new LocalStaffClient(env);
}
