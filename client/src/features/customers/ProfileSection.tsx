import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<Row extends { id: string }> {
  /** Test ids: `${name}` on the card, `${name}-add`, `${name}-edit-${id}`. */
  name: string;
  title: string;
  rows: readonly Row[];
  columns: TableColumnsType<Row>;
  emptyText: string;
  /** The viewer may add, change and remove rows (the server decides; this only hides the buttons). */
  editable: boolean;
  addLabel: string;
  onAdd(): void;
  onEdit(row: Row): void;
  /** The remove button of a row. */
  removeButton(row: Row): ReactNode;
}

/** One part of a customer profile as a table (contacts, products, contracts, equipment), with add, edit and remove for those allowed. */
export function ProfileSection<Row extends { id: string }>({ name, title, rows, columns, emptyText, editable, addLabel, onAdd, onEdit, removeButton }: Props<Row>) {
  const { t } = useTranslation();
  const actions: TableColumnsType<Row>[number] = {
    key: 'actions',
    width: 90,
    align: 'right',
    render: (_, row) => (
      <Space size={0}>
        <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('customers.edit')} onClick={() => onEdit(row)} data-testid={`${name}-edit-${row.id}`} />
        {removeButton(row)}
      </Space>
    ),
  };
  return (
    <Card
      size="small"
      title={title}
      extra={
        editable && (
          <Button size="small" icon={<PlusOutlined />} onClick={onAdd} data-testid={`${name}-add`}>
            {addLabel}
          </Button>
        )
      }
      data-testid={name}
    >
      <Table rowKey="id" size="small" columns={editable ? [...columns, actions] : columns} dataSource={[...rows]} pagination={false} locale={{ emptyText }} />
    </Card>
  );
}
