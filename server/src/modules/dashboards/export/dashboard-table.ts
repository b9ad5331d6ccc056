import type { Services } from '../../../context';
import type { Role } from '../../users/role.enum';
import type { User } from '../../users/user.entity';
import type { WorkbookLanguage } from './screen-labels';

/** A label in both UI languages; the workbook uses the viewer's (User.language). */
export interface Bilingual {
  zh: string;
  en: string;
}

/** How a cell is written: a rate as a fraction with a percent format (the number an xlsx reader sees is the screen's rate). */
export type CellFormat = 'text' | 'integer' | 'decimal' | 'percent';

export interface ExportColumn<Row> {
  header: Bilingual;
  format: CellFormat;
  /** The cell: codes as the screen labels them in the workbook's language (see screen-labels.ts). */
  value: (row: Row, language: WorkbookLanguage) => string | number | null;
}

/** The query string of an export request, as strings (absent keys are undefined). */
export type ExportParams = Record<string, string | undefined>;

/**
 * One dashboard table that exports to .xlsx (GET /exports/dashboards/:name.xlsx?…). `rows` must
 * apply the same checks and role scoping as the GraphQL field that shows the table on screen
 * (ideally: call the same service), so the workbook holds the screen's figures.
 */
export interface DashboardTable<Row> {
  /** URL name, kebab-case: /exports/dashboards/{name}.xlsx */
  name: string;
  title: Bilingual;
  /** What its figures cover, as the query string says: `from`/`to` company days, or a `month`. */
  covers: 'period' | 'month';
  /** Who may export it: the roles of the GraphQL field's @SignedIn (rows() still scopes by person). */
  roles: Role[];
  columns: ExportColumn<Row>[];
  rows: (services: Services, viewer: User, params: ExportParams) => Promise<Row[]>;
}

/** Lets tables of different row types share one registry list. */
export function dashboardTable<Row>(table: DashboardTable<Row>): DashboardTable<unknown> {
  return table as unknown as DashboardTable<unknown>;
}
