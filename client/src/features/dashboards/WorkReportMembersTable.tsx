import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkReportFieldsFragment } from '../../gql/graphql';
import { useWorkReportFigure, WORK_REPORT_FIGURES, type WorkReportFigures } from './work-report-figures';

type Member = WorkReportFieldsFragment['members'][number];

/** The team report's figures of each engineer, and the team's (the report's own figures) as the total row. */
export function WorkReportMembersTable({ members, total }: { members: readonly Member[]; total: WorkReportFigures }) {
  const { t } = useTranslation();
  const figure = useWorkReportFigure();
  return (
    <Table<Member>
      data-testid="work-report-members"
      size="small"
      pagination={false}
      rowKey="engineerId"
      dataSource={[...members]}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('dashboard.empty') }}
      columns={[
        { key: 'engineer', title: t('dashboard.engineer'), dataIndex: 'engineerName', fixed: 'left' },
        ...WORK_REPORT_FIGURES.map((key) => ({ key, title: t(`dashboard.workReports.figures.${key}`), render: (_: unknown, member: Member) => figure(member.figures, key) })),
      ]}
      summary={() => (
        <Table.Summary.Row data-testid="work-report-total" className="dashboard-total-row">
          <Table.Summary.Cell index={0}>{t('dashboard.workReports.total')}</Table.Summary.Cell>
          {WORK_REPORT_FIGURES.map((key, index) => (
            <Table.Summary.Cell key={key} index={index + 1}>
              {figure(total, key)}
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}
