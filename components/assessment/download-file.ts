/** Offers a file the page already holds to the user as a download; nothing is sent anywhere. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download only after the click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers text to the user as a file download, without sending it anywhere. */
export function downloadTextFile(fileName: string, text: string, type = "application/json"): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}
