import { Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentItemFragment } from '../../gql/graphql';

function Section({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="document-card__section">
      <Typography.Text type="secondary">{label}</Typography.Text>
      <div className="document-card__text">{children}</div>
    </div>
  );
}

/** What a document says: its body, a work order's two parts, a schedule's dated tasks. */
export function DocumentContent({ document }: { document: DocumentItemFragment }) {
  const { t } = useTranslation();
  const empty = <Typography.Text type="secondary">{t('documents.notFilled')}</Typography.Text>;
  return (
    <>
      {document.body && <Section label={t('documentField.body')}>{document.body}</Section>}
      {document.kind === 'IMPLEMENTATION_WORK_ORDER' && (
        <>
          <Section label={t('documentField.salesPart')}>{document.salesPart || empty}</Section>
          <Section label={t('documentField.technicalPart')}>{document.technicalPart || empty}</Section>
        </>
      )}
      {document.kind === 'IMPLEMENTATION_SCHEDULE' && (
        <Section label={t('documentField.tasks')}>
          <Table
            size="small"
            className="document-card__tasks"
            rowKey={(task) => `${task.start}:${task.end}:${task.title}`}
            dataSource={[...document.tasks]}
            pagination={false}
            locale={{ emptyText: t('documents.noTasks') }}
            columns={[
              { key: 'title', title: t('documents.taskTitle'), dataIndex: 'title' },
              { key: 'start', title: t('documents.taskStart'), dataIndex: 'start', width: 130 },
              { key: 'end', title: t('documents.taskEnd'), dataIndex: 'end', width: 130 },
            ]}
          />
        </Section>
      )}
    </>
  );
}
