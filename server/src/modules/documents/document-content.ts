import { isCalendarDay } from '../../platform/company-calendar';
import { DocumentKind } from './document.enums';
import type { ScheduleTaskInput } from './schedule-task.type';

export const MAX_TITLE_LENGTH = 200;
export const MAX_TASKS = 200;

export interface DocumentContent {
  title: string;
  body: string;
  salesPart: string | null;
  technicalPart: string | null;
  tasks: ScheduleTaskInput[];
}

/** Problems with content as it is being written: bad titles, dates, task order. */
export function draftProblems(content: DocumentContent): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!content.title.trim()) fields.title = 'REQUIRED';
  else if (content.title.trim().length > MAX_TITLE_LENGTH) fields.title = 'TOO_LONG';
  if (content.tasks.length > MAX_TASKS) fields.tasks = 'TOO_MANY';
  content.tasks.forEach((task, index) => {
    if (!task.title.trim()) fields[`tasks.${index}.title`] = 'REQUIRED';
    if (!isCalendarDay(task.start)) fields[`tasks.${index}.start`] = 'INVALID_DATE';
    if (!isCalendarDay(task.end)) fields[`tasks.${index}.end`] = 'INVALID_DATE';
    else if (isCalendarDay(task.start) && task.end < task.start) fields[`tasks.${index}.end`] = 'BEFORE_START';
  });
  return fields;
}

/** Problems that keep a document from being submitted: what its kind needs must be there. */
export function submissionProblems(kind: DocumentKind, content: DocumentContent): Record<string, string> {
  const fields = draftProblems(content);
  if (kind === DocumentKind.IMPLEMENTATION_WORK_ORDER) {
    if (!content.salesPart?.trim()) fields.salesPart = 'REQUIRED';
    if (!content.technicalPart?.trim()) fields.technicalPart = 'REQUIRED';
  } else if (kind === DocumentKind.IMPLEMENTATION_SCHEDULE) {
    if (content.tasks.length === 0) fields.tasks = 'REQUIRED';
  } else if (!content.body.trim()) {
    fields.body = 'REQUIRED';
  }
  return fields;
}

export const cleanTasks = (tasks: readonly ScheduleTaskInput[]): ScheduleTaskInput[] =>
  tasks.map((task) => ({ title: task.title.trim(), start: task.start, end: task.end }));
