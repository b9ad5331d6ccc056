import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../app/ListPage';
import { useCurrentUser } from '../auth/current-user';
import { CUSTOMER_LIST } from './customers.operations';
import { mayEditCustomers } from './customer-meta';
import { CustomerFormDialog } from './CustomerFormDialog';
import { CustomerTable } from './CustomerTable';
import './customers.css';

/** Customer organisations (客户档案) by name, with their open tickets and service expiry; the roles that keep profiles add new ones. */
export function CustomersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [adding, setAdding] = useState(false);
  const { data, error, loading, refetch } = useQuery(CUSTOMER_LIST, { fetchPolicy: 'cache-and-network' });
  const reload = () => void refetch().catch(() => undefined);

  return (
    <ListPage
      wide
      title={t('customers.listTitle')}
      extra={
        mayEditCustomers(me.roles) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="customer-new">
            {t('customers.new')}
          </Button>
        )
      }
      hint={t('customers.listHint')}
      loadFailed={t('customers.loadFailed')}
      error={error}
      onRetry={reload}
    >
      <CustomerTable customers={data?.customers ?? []} loading={loading && !data} />
      {adding && <CustomerFormDialog onClose={() => setAdding(false)} onSettled={reload} />}
    </ListPage>
  );
}
