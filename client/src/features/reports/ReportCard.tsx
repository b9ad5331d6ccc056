import { Card, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { ReportItemFragment } from '../../gql/graphql';
import { AskWrittenReportButton } from './AskWrittenReportButton';
import { RESULT_COLOR } from './report-meta';

function Statements({ items }: { items: readonly string[] }) {
  return (
    <ol className="report-card__statements">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ol>
  );
}

/** One communication report; `mayAskWritten` when the viewer is the project's responsible sales. */
export function ReportCard({ report, mayAskWritten }: { report: ReportItemFragment; mayAskWritten: boolean }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const canAskWritten = mayAskWritten && report.channel === 'PHONE' && !report.writtenRequestedAt;

  return (
    <Card
      size="small"
      className="report-card"
      data-testid={`report-${report.id}`}
      title={
        <div className="report-card__title">
          <Typography.Text strong ellipsis={{ tooltip: report.title }}>
            {report.title}
          </Typography.Text>
          <Tag color={RESULT_COLOR[report.result]}>{t(`reportResult.${report.result}`)}</Tag>
          {report.writtenRequestedAt && (
            <Tooltip title={t('reports.writtenRequestedAt', { at: formatDateTime(report.writtenRequestedAt) })}>
              <Tag color="blue" data-testid={`written-requested-${report.id}`}>
                {t('reports.writtenRequested')}
              </Tag>
            </Tooltip>
          )}
        </div>
      }
      extra={canAskWritten && <AskWrittenReportButton reportId={report.id} />}
    >
      <dl className="report-card__meta">
        {[
          { key: 'method', label: t('reports.method'), value: t(`communicationMethod.${report.method}`) },
          { key: 'channel', label: t('reports.channel'), value: t(`reportChannel.${report.channel}`) },
          { key: 'communicator', label: t('reports.communicator'), value: report.communicator },
          { key: 'communicatedAt', label: t('reports.communicatedAt'), value: formatDateTime(report.communicatedAt) },
          { key: 'author', label: t('reports.author'), value: report.author.name },
          { key: 'createdAt', label: t('reports.createdAt'), value: formatDateTime(report.createdAt) },
        ].map((item) => (
          <div key={item.key} className="report-card__meta-item">
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
      <div className="report-card__section">
        <Typography.Text type="secondary">{t('reports.problemsHandled')}</Typography.Text>
        <Statements items={report.problemsHandled} />
      </div>
      {report.remainingProblems.length > 0 && (
        <div className="report-card__section">
          <Typography.Text type="secondary">{t('reports.remainingProblems')}</Typography.Text>
          <Statements items={report.remainingProblems} />
        </div>
      )}
    </Card>
  );
}
