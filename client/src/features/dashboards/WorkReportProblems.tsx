import { List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkReportFieldsFragment } from '../../gql/graphql';

type Problem = WorkReportFieldsFragment['problems'][number];

/** The kinds of problem the server reports (WorkReportProblemKind), each with its sentence. */
const PROBLEM_KINDS = ['SLA_BREACHED', 'COMPLAINT_UPHELD', 'REMAINING_ISSUE_OPEN', 'LOW_SATISFACTION'] as const;
type ProblemKind = (typeof PROBLEM_KINDS)[number];
const isKnownKind = (kind: string): kind is ProblemKind => PROBLEM_KINDS.some((known) => known === kind);

/** 存在的问题: each kind of problem of the month, how often, and the tickets or projects concerned. */
export function WorkReportProblems({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  const describe = ({ kind, count }: Problem) => (isKnownKind(kind) ? t(`dashboard.workReports.problems.${kind}`, { count }) : t('dashboard.workReports.unknownProblem', { kind, count }));
  return (
    <List<Problem>
      data-testid="work-report-problems"
      size="small"
      bordered
      dataSource={[...problems]}
      locale={{ emptyText: t('dashboard.workReports.noProblems') }}
      renderItem={(problem) => (
        <List.Item data-kind={problem.kind}>
          <List.Item.Meta title={describe(problem)} description={t('dashboard.workReports.problemDetail', { detail: problem.detail })} />
        </List.Item>
      )}
    />
  );
}
