/** A chosen file's text and its size in bytes (what the background's size limits check). */
export async function readFileText(
  file: File,
): Promise<{ fileName: string; text: string; byteLength: number }> {
  return { fileName: file.name, text: await file.text(), byteLength: file.size };
}
