import ExcelJS from 'exceljs';
import type { CellFormat, DashboardTable } from './dashboard-table';
import type { WorkbookLanguage } from './screen-labels';

const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  integer: '0',
  decimal: '0.00',
  percent: '0.0%',
};

/**
 * A dashboard table as an .xlsx workbook: a title row (table and period), a bold header, one
 * row per table row. Numbers stay numbers (a rate is the fraction, shown as a percent), so a
 * reader computes with the figures the screen shows; empty figures are empty cells.
 */
export async function dashboardWorkbook(table: DashboardTable<unknown>, rows: unknown[], language: WorkbookLanguage, subtitle: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Liaison';
  const sheet = workbook.addWorksheet(table.title[language].slice(0, 31));
  sheet.columns = table.columns.map((column) => ({ width: Math.max(12, column.header[language].length * (language === 'zh' ? 2.2 : 1.2) + 2) }));
  sheet.addRow([`${table.title[language]} · ${subtitle}`]).font = { bold: true, size: 14 };
  sheet.addRow(table.columns.map((column) => column.header[language])).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(table.columns.map((column) => column.value(row, language)));
    table.columns.forEach((column, index) => {
      const format = NUMBER_FORMATS[column.format];
      if (format) added.getCell(index + 1).numFmt = format;
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
