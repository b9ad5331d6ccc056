import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkReportFigure, WORK_REPORT_FIGURES, type WorkReportFigures } from './work-report-figures';

/** A work report's figures, named. */
export function WorkReportFiguresList({ figures }: { figures: WorkReportFigures }) {
  const { t } = useTranslation();
  const figure = useWorkReportFigure();
  return (
    <Descriptions
      data-testid="work-report-figures"
      size="small"
      bordered
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={WORK_REPORT_FIGURES.map((key) => ({ key, label: t(`dashboard.workReports.figures.${key}`), children: <span data-testid={`work-report-${key}`}>{figure(figures, key)}</span> }))}
    />
  );
}
