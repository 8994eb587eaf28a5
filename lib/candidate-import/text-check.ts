// Whether the bytes of a chosen file look like a CSV's text: a CSV never holds a NUL byte, and its
// text is UTF-8 (what "CSV UTF-8" in a spreadsheet saves). Used by the upload form on the file's
// first bytes before showing the column mapping, and by the server as the file arrives. No server imports.

export const notCsvMessage =
  'This is not a CSV file: choose the CSV of candidates exported from your student records system (a spreadsheet\'s "Save as CSV").';

export const notUtf8Message =
  'This file is not UTF-8 text: in the spreadsheet, save it as "CSV UTF-8 (comma delimited)" and choose it again.';

/** The refusal for these bytes, or null when they may be a CSV's text. `more`: the file goes on after them. */
export function textRefusal(bytes: Uint8Array, more: boolean): string | null {
  if (bytes.includes(0)) return notCsvMessage;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: more });
    return null;
  } catch {
    return notUtf8Message;
  }
}
