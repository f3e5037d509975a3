/** Thrown at startup when the SharePoint sites are not ready for STORE=sharepoint (startup-check.ts says what is wrong). */
export class SharePointSetupError extends Error {
  override readonly name = 'SharePointSetupError';
}
