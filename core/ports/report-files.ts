/**
 * Report files (domain.md §7 "Reports (Excel, PDF)"): a spreadsheet laid out by the use case as plain rows, written
 * to cloud storage by the adapter, answered with a file id and a temporary download link.
 *
 * Guarantees (held by every implementation): the same `cloudPath` always names the same file, so writing it again
 * (a retried export) replaces it rather than adding another; cells keep their type (numbers stay numbers, so the
 * office can sum them in Excel).
 */

/** A cell: text, a number, a share shown as a percentage (0.85 → 85.0%), or empty. */
export type Cell = string | number | { percent: number } | null;

export interface SheetColumn {
  header: string;
  /** Width in characters (a Chinese character counts about two). */
  width: number;
}

export interface Sheet {
  name: string;
  /** Lines above the table (title, period); each one cell, bold first line. */
  heading: string[];
  columns: SheetColumn[];
  rows: Cell[][];
}

export interface Spreadsheet {
  sheets: Sheet[];
}

export interface SavedReport {
  fileID: string;
  /** A temporary https link to download the file (as cloud storage issues it). */
  url: string;
}

export interface ReportFiles {
  saveSpreadsheet(book: Spreadsheet, cloudPath: string): Promise<SavedReport>;
}
