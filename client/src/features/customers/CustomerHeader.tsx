import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRowFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { mayCreatePortalUsers, mayEditCustomers } from './customer-meta';
import { CustomerFormDialog } from './CustomerFormDialog';
import { PortalUserDialog } from './PortalUserDialog';
import { ServiceExpiry } from './ServiceExpiry';

interface Props {
  customer: CustomerRowFragment;
  onChanged(): void;
}

/** The organisation: name, industry, address, open tickets and service expiry; editing and portal accounts for those allowed. */
export function CustomerHeader({ customer, onChanged }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [open, setOpen] = useState<'edit' | 'portal-user' | null>(null);
  const none = t('app.none');
  return (
    <Card className="customer-page__header">
      <div className="customer-page__title">
        <Typography.Title level={3} data-testid="customer-name">
          {customer.name}
        </Typography.Title>
        <Space className="customer-page__actions" wrap>
          {mayCreatePortalUsers(me.roles) && (
            <Button icon={<UserAddOutlined />} onClick={() => setOpen('portal-user')} data-testid="customer-portal-user">
              {t('customers.portalUserCreate')}
            </Button>
          )}
          {mayEditCustomers(me.roles) && (
            <Button icon={<EditOutlined />} onClick={() => setOpen('edit')} data-testid="customer-edit">
              {t('customers.editOrganisation')}
            </Button>
          )}
        </Space>
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        className="customer-page__details"
        items={[
          { key: 'industry', label: t('customers.industry'), children: <span data-testid="customer-industry">{customer.industry ?? none}</span> },
          { key: 'address', label: t('customers.address'), children: <span data-testid="customer-address">{customer.address ?? none}</span> },
          { key: 'openTickets', label: t('customers.openTickets'), children: <Badge count={customer.openTicketCount} showZero color={customer.openTicketCount > 0 ? '#1677ff' : '#bfbfbf'} /> },
          { key: 'serviceExpiresOn', label: t('customers.serviceExpiresOn'), children: <ServiceExpiry on={customer.serviceExpiresOn} testId="customer-service-expiry" /> },
        ]}
      />
      {open === 'edit' && <CustomerFormDialog customer={customer} onClose={() => setOpen(null)} onSettled={onChanged} />}
      {open === 'portal-user' && <PortalUserDialog customer={customer} onClose={() => setOpen(null)} />}
    </Card>
  );
}
