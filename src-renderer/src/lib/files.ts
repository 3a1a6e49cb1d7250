// Browser file helpers: read a picked file as base64 for `project:import`, save base64 from `project:export` as a download.

/** Reads a File as base64 (without the data-URL prefix); the browser encodes natively, so large files stay fast. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}.`));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.readAsDataURL(file);
  });
}

/** Decodes base64 into bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Offers base64 bytes as a file download through a temporary <a download>. */
export function downloadBase64(fileName: string, base64: string, type = 'application/zip'): void {
  downloadBlob(fileName, new Blob([base64ToBytes(base64)], { type }));
}

/** Offers a blob (an image, a text) as a file download through a temporary <a download>. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
