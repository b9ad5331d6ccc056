import type { ReactNode } from 'react';
import type { WorkReportFiguresFieldsFragment } from '../../gql/graphql';
import { PerformanceLevelTag } from './PerformanceLevelTag';
import { useFigureFormat } from './useFigureFormat';

export type WorkReportFigures = WorkReportFiguresFieldsFragment;
type FigureKey = Exclude<keyof WorkReportFigures, '__typename'>;

/** A work report's figures, in the order they are read (and the workbook lists them). */
export const WORK_REPORT_FIGURES: readonly FigureKey[] = [
  'ticketsAssigned',
  'ticketsResolved',
  'responseMet',
  'responseBreached',
  'resolutionMet',
  'resolutionBreached',
  'satisfactionAnswered',
  'satisfactionAverage',
  'reportsFiled',
  'trackingEntries',
  'projectsSupported',
  'workOrdersSubmitted',
  'improvementRequests',
  'complaintsUpheld',
  'performanceLevel',
];

/** How one figure of a work report shows: the satisfaction average with two decimals, the performance level as its tag, counts as they are. */
export function useWorkReportFigure(): (figures: WorkReportFigures, key: FigureKey) => ReactNode {
  const format = useFigureFormat();
  return (figures, key) => {
    if (key === 'satisfactionAverage') return format.score(figures.satisfactionAverage);
    if (key === 'performanceLevel') return <PerformanceLevelTag level={figures.performanceLevel} />;
    return figures[key];
  };
}
