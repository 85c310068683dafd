/**
 * ReportFiles on CloudBase: the spreadsheet rendered with exceljs and written to cloud storage with
 * `cloud.uploadFile`, then a temporary download link from `cloud.getTempFileURL`.
 *
 * exceljs is loaded on the first export, not at start: requiring it takes about a quarter of a second, which every
 * cold start of the presidium function would otherwise pay for a command that is used a few times a month. It is
 * a runtime dependency in cloudfunctions/presidium/package.json, so the bundle leaves it out.
 */
import type { Cell, ReportFiles, SavedReport, Spreadsheet } from '../../ports/report-files';
import type { WxCloud } from './sdk';

type Workbook = import('exceljs').Workbook;

const PERCENT = '0.0%';

function put(book: Workbook, sheet: Spreadsheet['sheets'][number]): void {
  const ws = book.addWorksheet(sheet.name);
  sheet.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  sheet.heading.forEach((line, i) => {
    const row = ws.addRow([line]);
    ws.mergeCells(row.number, 1, row.number, sheet.columns.length);
    row.getCell(1).font = i === 0 ? { bold: true, size: 14 } : { size: 10 };
  });
  ws.addRow([]);
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  // The table scrolls under its header row.
  ws.views = [{ state: 'frozen', ySplit: header.number }];
  for (const cells of sheet.rows) {
    const row = ws.addRow(cells.map(plain));
    cells.forEach((cell, i) => {
      if (cell !== null && typeof cell === 'object') row.getCell(i + 1).numFmt = PERCENT;
    });
  }
}

function plain(cell: Cell): string | number | null {
  return cell !== null && typeof cell === 'object' ? cell.percent : cell;
}

export class CloudbaseReportFiles implements ReportFiles {
  constructor(private readonly cloud: WxCloud) {}

  async saveSpreadsheet(spreadsheet: Spreadsheet, cloudPath: string): Promise<SavedReport> {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    book.creator = '代表直通车';
    for (const sheet of spreadsheet.sheets) put(book, sheet);
    const content = Buffer.from(await book.xlsx.writeBuffer());
    const { fileID } = await this.cloud.uploadFile({ cloudPath, fileContent: content });
    const { fileList } = await this.cloud.getTempFileURL({ fileList: [fileID] });
    const url = fileList[0]?.tempFileURL;
    if (!url) throw new Error(`getTempFileURL gave no link for ${fileID}`);
    return { fileID, url };
  }
}
