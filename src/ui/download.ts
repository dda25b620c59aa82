/**
 * Saves text as a file through a Blob and an object URL: the browser's own
 * download, with no network request.
 */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "2025-03-01T12-00-00" for file names (no colons, which Windows refuses). */
export function fileStamp(date = new Date()): string {
  return date.toISOString().slice(0, 19).replaceAll(':', '-');
}
