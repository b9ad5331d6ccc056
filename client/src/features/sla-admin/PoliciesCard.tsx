import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessCalendarItemFragment, SlaPolicyItemFragment } from '../../gql/graphql';
import { PolicyDrawer } from './PolicyDrawer';
import { PolicyTargets } from './PolicyTargets';

interface Props {
  policies: readonly SlaPolicyItemFragment[];
  calendars: readonly BusinessCalendarItemFragment[];
  loading: boolean;
  /** The viewer keeps the policies (ADMIN); others read them. */
  editable: boolean;
  onChanged(): void;
}

/** SLA policies, the default first: calendar, targets per priority, and the share of the budget at which a warning fires. */
export function PoliciesCard({ policies, calendars, loading, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<SlaPolicyItemFragment | 'new' | null>(null);
  const columns: TableColumnsType<SlaPolicyItemFragment> = [
    {
      key: 'name',
      title: t('slaAdmin.policyName'),
      width: 200,
      render: (_, policy) => (
        <>
          {policy.name} {policy.isDefault && <Tag color="blue">{t('slaAdmin.default')}</Tag>}
        </>
      ),
    },
    { key: 'calendar', title: t('slaAdmin.calendar'), width: 160, render: (_, policy) => policy.calendar.name },
    { key: 'targets', title: t('slaAdmin.targets'), render: (_, policy) => <PolicyTargets targets={policy.targets} /> },
    { key: 'warnAt', title: t('slaAdmin.warnAt'), width: 110, render: (_, policy) => t('slaAdmin.percent', { percent: Math.round(policy.warnAtShare * 100) }) },
  ];
  const edit: TableColumnsType<SlaPolicyItemFragment>[number] = {
    key: 'edit',
    width: 60,
    render: (_, policy) => (
      <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('slaAdmin.edit')} onClick={() => setEditing(policy)} data-testid={`policy-edit-${policy.id}`} />
    ),
  };
  return (
    <Card
      title={t('slaAdmin.policies')}
      className="sla-admin__card"
      extra={
        editable && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} disabled={calendars.length === 0} data-testid="policy-add">
            {t('slaAdmin.newPolicy')}
          </Button>
        )
      }
      data-testid="sla-policies"
    >
      <Table
        rowKey="id"
        size="small"
        columns={editable ? [...columns, edit] : columns}
        dataSource={[...policies]}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('slaAdmin.noPolicies') }}
      />
      {editing && (
        <PolicyDrawer
          policy={editing === 'new' ? null : editing}
          template={policies.find((policy) => policy.isDefault)}
          calendars={calendars}
          onClose={() => setEditing(null)}
          onSettled={onChanged}
        />
      )}
    </Card>
  );
}
