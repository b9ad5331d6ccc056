import { WorkReportProblemKind } from './work-report.enums';
import type { EngineerMonth, ProblemTally } from './work-report.figures';
import type { WorkReportContent, WorkReportFigures, WorkReportProblem } from './work-report.types';

/** An engineer of the support department: a user with the PRESALES role. */
export interface Engineer {
  id: string;
  name: string;
}

/** The figures a TEAM report adds up over its members (the others are derived: the average, the level). */
const SUMMED = [
  'ticketsAssigned',
  'ticketsResolved',
  'responseMet',
  'responseBreached',
  'resolutionMet',
  'resolutionBreached',
  'satisfactionAnswered',
  'reportsFiled',
  'trackingEntries',
  'projectsSupported',
  'workOrdersSubmitted',
  'improvementRequests',
  'complaintsUpheld',
] as const satisfies readonly (keyof WorkReportFigures)[];

/** Names in the order a Chinese reader expects (pinyin for Chinese names). */
export const byName = (a: string, b: string): number => a.localeCompare(b, 'zh-CN');

const problemOf = (tally: ProblemTally): WorkReportProblem => ({ kind: tally.kind, count: tally.count, detail: [...tally.labels].sort(byName).join(', ') });

/** An engineer's report: their month as it is. */
export function engineerContent(engineer: Engineer, month: EngineerMonth): WorkReportContent {
  return { engineerName: engineer.name, figures: month.figures, problems: month.problems.map(problemOf), members: [] };
}

/**
 * The department's report: the members' figures added up, except the satisfaction average (over
 * all the members' surveys, each weighing alike) and the performance level (the lowest of the
 * members': a sum of levels would mean nothing); the members' problems merged by kind.
 */
export function teamContent(members: readonly { engineer: Engineer; month: EngineerMonth }[]): WorkReportContent {
  const total = (key: (typeof SUMMED)[number]) => members.reduce((sum, member) => sum + member.month.figures[key], 0);
  const figures = Object.fromEntries(SUMMED.map((key) => [key, total(key)])) as Record<(typeof SUMMED)[number], number>;
  const scoreSum = members.reduce((sum, member) => sum + member.month.satisfactionScoreSum, 0);
  const byKind = new Map<WorkReportProblemKind, ProblemTally>();
  for (const tally of members.flatMap((member) => member.month.problems)) {
    const merged = byKind.get(tally.kind);
    byKind.set(tally.kind, merged ? { kind: tally.kind, count: merged.count + tally.count, labels: [...new Set([...merged.labels, ...tally.labels])] } : tally);
  }
  return {
    engineerName: null,
    figures: {
      ...figures,
      satisfactionAverage: figures.satisfactionAnswered > 0 ? scoreSum / figures.satisfactionAnswered : null,
      performanceLevel: Math.min(0, ...members.map((member) => member.month.figures.performanceLevel)),
    },
    problems: Object.values(WorkReportProblemKind).flatMap((kind) => byKind.get(kind) ?? []).map(problemOf),
    members: members.map(({ engineer, month }) => ({ engineerId: engineer.id, engineerName: engineer.name, figures: month.figures })),
  };
}
