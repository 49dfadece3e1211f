/**
 * Saves text as a file through a Blob URL and an `<a download>` click: works in Chrome's side
 * panel and Firefox's sidebar without the `downloads` permission.
 */
export function downloadText(fileName: string, mime: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the Blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
