import { Badge, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerRowFragment } from '../../gql/graphql';
import { ServiceExpiry } from './ServiceExpiry';

interface Props {
  customers: readonly CustomerRowFragment[];
  loading: boolean;
}

/** Customer organisations by name: industry, address, open tickets and service expiry; the name opens the profile. */
export function CustomerTable({ customers, loading }: Props) {
  const { t } = useTranslation();
  const none = t('app.none');
  const columns: TableColumnsType<CustomerRowFragment> = [
    {
      key: 'name',
      title: t('customers.name'),
      render: (_, customer) => (
        <Link to={`/customers/${customer.id}`} data-testid={`customer-link-${customer.id}`}>
          {customer.name}
        </Link>
      ),
    },
    { key: 'industry', title: t('customers.industry'), width: 160, render: (_, customer) => customer.industry ?? none },
    { key: 'address', title: t('customers.address'), render: (_, customer) => customer.address ?? none },
    {
      key: 'openTicketCount',
      title: t('customers.openTickets'),
      width: 120,
      align: 'center',
      render: (_, customer) => <Badge count={customer.openTicketCount} showZero color={customer.openTicketCount > 0 ? '#1677ff' : '#bfbfbf'} data-testid={`customer-open-${customer.id}`} />,
    },
    { key: 'serviceExpiresOn', title: t('customers.serviceExpiresOn'), width: 200, render: (_, customer) => <ServiceExpiry on={customer.serviceExpiresOn} /> },
  ];
  return (
    <Table
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...customers]}
      loading={loading}
      pagination={customers.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('customers.empty') }}
      data-testid="customers"
    />
  );
}
