// Handing a file to the user: the system share sheet where the browser can
// share files (phones), a download everywhere else.

export type Delivery = 'shared' | 'downloaded' | 'cancelled';

/** Starts a download of a blob under a file name. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** True when this browser can hand this kind of file to the share sheet. */
export function canShareFile(file: File): boolean {
  return (
    typeof navigator.share === 'function' &&
    typeof navigator.canShare === 'function' &&
    navigator.canShare({ files: [file] })
  );
}

/**
 * Shares the file with the system share sheet when `share` is asked for and
 * possible, and downloads it otherwise. A share the user cancels is reported,
 * not turned into a download; any other share failure falls back to a download.
 */
export async function deliverFile(
  blob: Blob,
  filename: string,
  options: { share: boolean; title?: string },
): Promise<Delivery> {
  const file = new File([blob], filename, { type: blob.type });
  if (options.share && canShareFile(file)) {
    try {
      await navigator.share({ files: [file], title: options.title ?? filename });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  downloadBlob(blob, filename);
  return 'downloaded';
}
