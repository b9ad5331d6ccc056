import { PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Popconfirm, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import { useOneClickChange } from '../../app/forms/change';
import { LoadFailed } from '../../app/LoadFailed';
import type { ProductVersionItemFragment } from '../../gql/graphql';
import { RegisterVersionDialog } from './RegisterVersionDialog';
import { isUnconfirmedMainline, VERSION_KIND_COLOR, versionName } from './version-meta';
import { CONFIRM_PRODUCT_VERSION, PRODUCT_VERSIONS } from './versions.operations';
import './versions.css';

/** A version's testing state: confirmed by whom and when, waiting for a tester, or nothing to confirm. */
function Confirmation({ version }: { version: ProductVersionItemFragment }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (version.confirmedAt) {
    return (
      <Typography.Text type="success">
        {t('versions.confirmedBy', { name: version.confirmedBy?.name ?? t('app.none'), at: formatDateTime(version.confirmedAt) })}
      </Typography.Text>
    );
  }
  return isUnconfirmedMainline(version) ? <Tag color="warning">{t('versions.unconfirmed')}</Tag> : <Typography.Text type="secondary">{t('app.none')}</Typography.Text>;
}

/** Every product version; testers register releases and mainline builds and confirm the mainline builds they tested (第二十条). */
export function VersionsCard({ testing }: { testing: boolean }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const versions = useQuery(PRODUCT_VERSIONS, { fetchPolicy: 'cache-and-network' });
  const reload = () => void versions.refetch().catch(() => undefined);
  const [registering, setRegistering] = useState(false);
  const oneClick = useOneClickChange(reload, t('versions.confirmConflict'));
  const [confirm, confirming] = useMutation(CONFIRM_PRODUCT_VERSION);

  const columns: TableColumnsType<ProductVersionItemFragment> = [
    { key: 'product', title: t('versions.product'), dataIndex: 'product' },
    { key: 'version', title: t('versions.version'), dataIndex: 'version' },
    { key: 'kind', title: t('versions.kind'), width: 110, render: (_, version) => <Tag color={VERSION_KIND_COLOR[version.kind]}>{t(`versionKind.${version.kind}`)}</Tag> },
    { key: 'createdAt', title: t('versions.createdAt'), width: 190, render: (_, version) => formatDateTime(version.createdAt) },
    {
      key: 'confirmation',
      title: t('versions.confirmation'),
      width: 280,
      render: (_, version) => (
        <div className="versions__confirmation" data-testid={`version-${version.id}`} data-confirmed={Boolean(version.confirmedAt)}>
          <Confirmation version={version} />
          {testing && isUnconfirmedMainline(version) && (
            <Popconfirm
              title={t('versions.confirmTitle', { name: versionName(version) })}
              description={t('versions.confirmHint')}
              okText={t('versions.confirm')}
              cancelText={t('app.cancel')}
              onConfirm={() => oneClick(() => confirm({ variables: { versionId: version.id } }), t('versions.confirmed', { name: versionName(version) }))}
            >
              <Button size="small" type="primary" icon={<SafetyCertificateOutlined />} loading={confirming.loading} data-testid={`version-confirm-${version.id}`}>
                {t('versions.confirm')}
              </Button>
            </Popconfirm>
          )}
        </div>
      ),
    },
  ];

  return (
    <Card
      size="small"
      className="versions-card"
      title={t('versions.title')}
      extra={
        testing && (
          <Button icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="register-version">
            {t('versions.register')}
          </Button>
        )
      }
      data-testid="product-versions"
    >
      {versions.error && <LoadFailed title={t('versions.loadFailed')} error={versions.error} onRetry={reload} />}
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...(versions.data?.productVersions ?? [])]}
        loading={versions.loading && !versions.data}
        pagination={false}
        locale={{ emptyText: t('versions.empty') }}
      />
      {registering && <RegisterVersionDialog onClose={() => setRegistering(false)} onRegistered={reload} />}
    </Card>
  );
}
