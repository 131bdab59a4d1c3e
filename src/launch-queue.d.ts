// The launch queue of the File Handling API (Chromium): an installed app opened
// with files ("Öffnen mit", the manifest's file_handlers) receives them here.
// Not in TypeScript's DOM types yet.

interface LaunchParams {
  readonly targetURL?: string;
  readonly files: readonly FileSystemFileHandle[];
}

interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

interface Window {
  readonly launchQueue?: LaunchQueue;
}
