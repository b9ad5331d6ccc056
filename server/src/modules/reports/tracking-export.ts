import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { SupportRole } from './report.enums';
import type { TrackingEntry } from './tracking-entry.entity';

const ROLE_LABELS: Record<SupportRole, string> = {
  [SupportRole.FIRST]: '本人',
  [SupportRole.SECOND]: '第二售前',
  [SupportRole.ADDITIONAL]: '增援售前',
};

/**
 * One engineer's 项目跟踪表 for one month as an .xlsx workbook: a title row, a header, one
 * row per entry (the basis of project bonuses), and a totals row per project and overall.
 */
export async function trackingTableWorkbook(dataSource: DataSource, owner: User, month: string, entries: TrackingEntry[]): Promise<Buffer> {
  const projectIds = [...new Set(entries.map((entry) => entry.projectId))];
  const supporterIds = [...new Set(entries.map((entry) => entry.supporterId))];
  const [projects, supporters] = await Promise.all([
    projectIds.length ? dataSource.getRepository(Project).createQueryBuilder('p').where('p.id = ANY(:ids)', { ids: projectIds }).getMany() : [],
    supporterIds.length ? dataSource.getRepository(User).createQueryBuilder('u').where('u.id = ANY(:ids)', { ids: supporterIds }).getMany() : [],
  ]);
  const projectName = new Map(projects.map((project) => [project.id, project.name]));
  const supporterName = new Map(supporters.map((user) => [user.id, user.name]));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Liaison';
  const sheet = workbook.addWorksheet(`项目跟踪表 ${month}`);
  sheet.columns = [
    { key: 'date', width: 12 },
    { key: 'project', width: 30 },
    { key: 'content', width: 70 },
    { key: 'role', width: 12 },
    { key: 'supporter', width: 14 },
  ];
  sheet.addRow([`项目跟踪表 · ${owner.name} · ${month}`]).font = { bold: true, size: 14 };
  const header = sheet.addRow(['日期', '项目', '支持内容', '支持方式', '支持人']);
  header.font = { bold: true };
  for (const entry of entries) {
    const row = sheet.addRow([entry.entryDate, projectName.get(entry.projectId) ?? '', entry.content, ROLE_LABELS[entry.supportRole], supporterName.get(entry.supporterId) ?? '']);
    row.getCell('content').alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.addRow([]);
  const perProject = new Map<string, number>();
  for (const entry of entries) perProject.set(entry.projectId, (perProject.get(entry.projectId) ?? 0) + 1);
  for (const [projectId, count] of perProject) sheet.addRow(['小计', projectName.get(projectId) ?? '', `${count} 次支持`]);
  sheet.addRow(['合计', `${perProject.size} 个项目`, `${entries.length} 次支持`]).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
