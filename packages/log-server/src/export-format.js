/**
 * The export's two formats, one line per record: NDJSON (the records exactly as received, for machines) and CSV
 * (RFC 4180, for a spreadsheet, one column per field an auditor asks about).
 */

/** @typedef {{ receivedAt: string, record: string }} StoredRecord */

export const FORMATS = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export const CSV_COLUMNS = [
  'receivedAt',
  'recordId',
  'consentId',
  'event',
  'timestamp',
  'firstDecisionAt',
  'method',
  'revision',
  'configHash',
  'language',
  'url',
  'categories',
  'services',
];

/**
 * One CSV field. RFC 4180 §2: quote fields holding a comma, quote or line break, double the quotes. A text
 * starting with = + - @ or a tab is also prefixed with ' so a spreadsheet shows it instead of running it as a
 * formula (OWASP, "CSV Injection"): records come from browsers, so any string field is untrusted.
 * @param {unknown} value
 */
export function csvField(value) {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * `{"receivedAt":…,"record":…}` with the record's text as received, not re-serialised. Only the line breaks JSON
 * allows between tokens are folded (a string cannot hold a raw one), so one record stays one line.
 * @param {StoredRecord} row
 */
export const storedJson = ({ receivedAt, record }) => `{"receivedAt":"${receivedAt}","record":${record.replace(/[\r\n]+/g, ' ')}}`;

/** @param {StoredRecord} row */
export const ndjsonLine = (row) => `${storedJson(row)}\n`;

/** @param {StoredRecord} row */
export function csvLine({ receivedAt, record }) {
  const fields = { ...JSON.parse(record), receivedAt };
  return `${CSV_COLUMNS.map((column) => csvField(fields[column])).join(',')}\r\n`;
}

export const csvHeader = () => `${CSV_COLUMNS.join(',')}\r\n`;
