import { Alert, Button, Modal, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changedBy, type ChangedBy, type Collision, type ConflictField, type FieldValues } from './conflict';
import './conflict.css';

interface Row {
  key: string;
  label: string;
  by: Exclude<ChangedBy, null>;
  base: ReactNode;
  current: ReactNode;
  mine: ReactNode;
}

const BY_COLOR = { them: 'orange', me: 'blue', both: 'red' } as const;

interface Props<Values extends FieldValues> {
  fields: readonly ConflictField<Values>[];
  collision: Collision<Values>;
  reapplying: boolean;
  /** A refusal of the reapplied edit other than another collision. */
  refusal: string | null;
  onReapply(): void;
  onDiscard(): void;
  /** Back to the form, nothing saved or lost. */
  onBack(): void;
}

/**
 * Someone saved a newer version while the viewer was editing: what changed between the version
 * the viewer started from and the one saved now, field by field, beside the viewer's own edit;
 * then reapply the edit on top of the newer version, or discard it.
 */
export function ConflictDialog<Values extends FieldValues>({ fields, collision, reapplying, refusal, onReapply, onDiscard, onBack }: Props<Values>) {
  const { t } = useTranslation();
  const text = (field: ConflictField<Values>, value: string | null): ReactNode =>
    value === null || value.trim() === '' ? <Typography.Text type="secondary">{t('app.none')}</Typography.Text> : (field.show?.(value) ?? value);
  const rows: Row[] = fields.flatMap((field) => {
    const by = changedBy(collision, field.key);
    if (by === null) return [];
    const { base, current, mine } = { base: collision.base[field.key], current: collision.current.values[field.key], mine: collision.mine[field.key] };
    return [{ key: field.key, label: field.label, by, base: text(field, base), current: text(field, current), mine: by === 'them' ? <Typography.Text type="secondary">{t('conflict.unchanged')}</Typography.Text> : text(field, mine) }];
  });
  const overlapping = rows.filter((row) => row.by === 'both').map((row) => row.label);
  const cell = (content: ReactNode, row: Row, column: string) => (
    <div className="conflict-dialog__value" data-testid={`conflict-${row.key}-${column}`}>
      {content}
    </div>
  );
  const columns: TableColumnsType<Row> = [
    {
      key: 'field',
      title: t('conflict.field'),
      width: 150,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text strong>{row.label}</Typography.Text>
          <Tag color={BY_COLOR[row.by]}>{t(`conflict.changedBy.${row.by}`)}</Tag>
        </Space>
      ),
    },
    { key: 'base', title: t('conflict.base'), render: (_, row) => cell(row.base, row, 'base') },
    { key: 'current', title: t('conflict.current', { version: collision.current.version }), render: (_, row) => cell(row.current, row, 'current') },
    { key: 'mine', title: t('conflict.mine'), render: (_, row) => cell(row.mine, row, 'mine') },
  ];

  return (
    <Modal
      open
      width={900}
      title={t('conflict.title')}
      onCancel={onBack}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onBack}>{t('conflict.back')}</Button>
          <Button danger onClick={onDiscard} disabled={reapplying} data-testid="conflict-discard">
            {t('conflict.discard')}
          </Button>
          <Button type="primary" onClick={onReapply} loading={reapplying} data-testid="conflict-reapply">
            {t('conflict.reapply')}
          </Button>
        </Space>
      }
    >
      <div data-testid="conflict-dialog" data-version={collision.current.version}>
        <Typography.Paragraph>{t('conflict.intro', { version: collision.current.version })}</Typography.Paragraph>
        {refusal && <Alert type="error" showIcon title={refusal} className="conflict-dialog__alert" />}
        {overlapping.length > 0 && <Alert type="warning" showIcon title={t('conflict.overlap', { fields: overlapping.join(t('conflict.listSeparator')) })} className="conflict-dialog__alert" />}
        <Table
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: t('conflict.nothingChanged') }}
          onRow={(row) => ({ 'data-testid': `conflict-field-${row.key}`, 'data-changed-by': row.by }) as HTMLAttributes<HTMLTableRowElement>}
        />
        <Typography.Paragraph type="secondary" className="conflict-dialog__hint">
          {t('conflict.reapplyHint')}
        </Typography.Paragraph>
      </div>
    </Modal>
  );
}
