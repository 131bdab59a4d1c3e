import type { App } from '../../tests/e2e/page-models';

/**
 * Restores a backup file through the settings, as a user would: pick the
 * file, "Alles ersetzen" (and confirm, if the device holds data), until the
 * app says the backup is restored.
 */
export async function restoreThroughSettings(app: App, text: string): Promise<void> {
  await app.shell.open('#/einstellungen');
  await app.backup.restoreFile.setInputFiles({
    name: 'ampelbogen-sicherung-2026-03-14.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await app.backup.replace.click();
  const restored = app.backup.status(/^Sicherung eingespielt/);
  await app.backup.confirmDialog.or(restored).waitFor({ timeout: 120_000 });
  if (await app.backup.confirmDialog.isVisible()) await app.backup.confirmReplace.click();
  await restored.waitFor({ timeout: 120_000 });
}
