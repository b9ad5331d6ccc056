import { useQuery } from '@apollo/client/react';
import { Badge, Breadcrumb, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { RecordPending } from '../../app/RecordPending';
import { useCurrentUser } from '../auth/current-user';
import { ContactsSection } from './ContactsSection';
import { ContractsSection } from './ContractsSection';
import { CUSTOMER_PROFILE } from './customers.operations';
import { mayEditContracts, mayEditCustomers } from './customer-meta';
import { CustomerHeader } from './CustomerHeader';
import { CustomerProjectsSection } from './CustomerProjectsSection';
import { CustomerTicketsSection } from './CustomerTicketsSection';
import { EquipmentSection } from './EquipmentSection';
import { ProductsSection } from './ProductsSection';
import './customers.css';

const TABS = ['contacts', 'products', 'contracts', 'equipment', 'tickets', 'projects'] as const;
type TabKey = (typeof TABS)[number];
const isTab = (value: string | null): value is TabKey => TABS.some((tab) => tab === value);

/**
 * A customer profile (客户档案): the organisation, then tabs for its contacts, the products
 * and versions it bought, its contracts, its equipment, and the history of its tickets and
 * projects. The open tab is in the address (?tab=tickets).
 */
export function CustomerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, error, refetch } = useQuery(CUSTOMER_PROFILE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const customer = data?.customer;

  if (!customer) {
    return (
      <RecordPending
        error={error}
        notFound={data !== undefined}
        notFoundTitle={t('customers.notFoundTitle')}
        notFoundText={t('customers.notFoundText')}
        loadFailed={t('customers.loadFailed')}
        onRetry={() => void refetch()}
        notFoundTestId="customer-not-found"
      />
    );
  }

  const reload = () => void refetch().catch(() => undefined);
  const requestedTab = searchParams.get('tab');
  const activeTab: TabKey = isTab(requestedTab) ? requestedTab : 'contacts';
  const editable = mayEditCustomers(me.roles);
  const tabLabel = (key: TabKey, count: number) => (
    <span data-testid={`customer-tab-${key}`}>
      {t(`customers.${key}`)}
      <Badge count={count} size="small" showZero color="#bfbfbf" className="customer-page__tab-count" />
    </span>
  );
  const section = { customerId: customer.id, editable, onChanged: reload };

  return (
    <div className="customer-page" data-testid={`customer-${customer.id}`}>
      <Breadcrumb className="customer-page__breadcrumb" items={[{ title: <Link to="/customers">{t('nav.customers')}</Link> }, { title: customer.name }]} />
      <CustomerHeader customer={customer} onChanged={reload} />
      <Tabs
        className="customer-page__tabs"
        activeKey={activeTab}
        onChange={(key) => setSearchParams(key === 'contacts' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'contacts', label: tabLabel('contacts', customer.contacts.length), children: <ContactsSection {...section} contacts={customer.contacts} /> },
          { key: 'products', label: tabLabel('products', customer.products.length), children: <ProductsSection {...section} products={customer.products} /> },
          {
            key: 'contracts',
            label: tabLabel('contracts', customer.contracts.length),
            children: <ContractsSection {...section} editable={mayEditContracts(me.roles)} contracts={customer.contracts} />,
          },
          { key: 'equipment', label: tabLabel('equipment', customer.equipment.length), children: <EquipmentSection {...section} equipment={customer.equipment} /> },
          { key: 'tickets', label: tabLabel('tickets', customer.tickets.length), children: <CustomerTicketsSection tickets={customer.tickets} /> },
          { key: 'projects', label: tabLabel('projects', customer.projects.length), children: <CustomerProjectsSection projects={customer.projects} /> },
        ]}
      />
    </div>
  );
}
