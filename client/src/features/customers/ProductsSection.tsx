import { useMutation } from '@apollo/client/react';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { REMOVE_CUSTOMER_PRODUCT } from './customers.operations';
import { ProductDialog } from './ProductDialog';
import { ProfileSection } from './ProfileSection';
import { RemoveRecordButton } from './RemoveRecordButton';

type Product = CustomerProfileDetailFragment['products'][number];

interface Props {
  customerId: string;
  products: readonly Product[];
  editable: boolean;
  onChanged(): void;
}

/** The products and versions the customer bought, with their serial numbers. */
export function ProductsSection({ customerId, products, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const [remove] = useMutation(REMOVE_CUSTOMER_PRODUCT);
  const none = t('app.none');
  const columns: TableColumnsType<Product> = [
    { key: 'product', title: t('customers.product'), render: (_, product) => product.product },
    { key: 'version', title: t('customers.version'), render: (_, product) => product.version ?? none },
    { key: 'serialNumber', title: t('customers.serialNumber'), render: (_, product) => product.serialNumber ?? none },
    { key: 'purchasedOn', title: t('customers.purchasedOn'), width: 130, render: (_, product) => product.purchasedOn ?? none },
  ];
  return (
    <>
      <ProfileSection<Product>
        name="customer-products"
        title={t('customers.products')}
        rows={products}
        columns={columns}
        emptyText={t('customers.noProducts')}
        editable={editable}
        addLabel={t('customers.addProduct')}
        onAdd={() => setEditing('new')}
        onEdit={setEditing}
        removeButton={(product) => (
          <RemoveRecordButton
            confirm={t('customers.removeProductConfirm', { name: product.product })}
            done={t('customers.removed')}
            testId={`customer-products-remove-${product.id}`}
            remove={() => remove({ variables: { id: product.id } })}
            onChanged={onChanged}
          />
        )}
      />
      {editing && <ProductDialog customerId={customerId} product={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSettled={onChanged} />}
    </>
  );
}
