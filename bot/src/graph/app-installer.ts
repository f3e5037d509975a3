/**
 * Installs Samen Verder in one person's personal scope, so the bot can start a 1:1 chat with
 * someone it has not met (as Company Communicator does; off by default, FANOUT_INSTALL_APP):
 *   POST /users/{id}/teamwork/installedApps  { "teamsApp@odata.bind": "{graph}/v1.0/appCatalogs/teamsApps/{catalog app id}" }
 * 201 = installed, 409 = it already was. Least privilege: application permission
 * TeamsAppInstallation.ReadWriteSelfForUser.All (the app may install only itself; the token's app
 * must be the one in the manifest's webApplicationInfo.id).
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { statusOf } from './client.js';

export type InstallOutcome =
  | { readonly ok: true; readonly already: boolean }
  /** permanent: asking again will not help (permission not granted, user or app unknown). */
  | { readonly ok: false; readonly permanent: boolean; readonly reason: string };

export interface AppInstaller {
  install(aadObjectId: string): Promise<InstallOutcome>;
}

export class GraphAppInstaller implements AppInstaller {
  constructor(
    private readonly client: Client,
    private readonly teamsAppId: string,
    private readonly graphBaseUrl: string,
  ) {}

  async install(aadObjectId: string): Promise<InstallOutcome> {
    try {
      await this.client
        .api(`/users/${encodeURIComponent(aadObjectId)}/teamwork/installedApps`)
        .post({ 'teamsApp@odata.bind': `${this.graphBaseUrl}/v1.0/appCatalogs/teamsApps/${encodeURIComponent(this.teamsAppId)}` });
      return { ok: true, already: false };
    } catch (error) {
      const status = statusOf(error);
      if (status === 409) return { ok: true, already: true };
      const answered = status !== null && status > 0;
      const reason = `installing the app failed (Graph ${answered ? `HTTP ${status}` : 'no answer'})`;
      // 5xx, 429 after the client's own retries, or no answer: try again later
      const transient = !answered || status === 429 || status >= 500;
      return { ok: false, permanent: !transient, reason };
    }
  }
}
