import { BellOutlined, LinkOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOneClickChange } from '../../app/forms/change';
import type { UninitiatedWorkItemFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { LinkProjectModal } from './LinkProjectModal';
import { workActions } from './uninitiated-meta';
import { REMIND_SALES_TO_INITIATE, STOP_UNINITIATED_SUPPORT } from './uninitiated-work.operations';

/** The pre-sales reminds the sales or stops; either of the two links the project once the sales has initiated it. */
export function WorkActions({ work, onChanged }: { work: UninitiatedWorkItemFragment; onChanged(): void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [linking, setLinking] = useState(false);
  const step = useOneClickChange(onChanged, t('uninitiated.conflict'));
  const [remind, reminding] = useMutation(REMIND_SALES_TO_INITIATE);
  const [stop, stopping] = useMutation(STOP_UNINITIATED_SUPPORT);
  const can = workActions(work, me.id);
  const input = { workId: work.id, expectedVersion: work.version };

  return (
    <Space size="small" wrap>
      {can.remind && (
        <Button
          size="small"
          icon={<BellOutlined />}
          loading={reminding.loading}
          onClick={() => void step(() => remind({ variables: { input } }), t('uninitiated.reminded', { name: work.sales.name }))}
          data-testid={`uninitiated-remind-${work.id}`}
        >
          {t('uninitiated.remind')}
        </Button>
      )}
      {can.stop && (
        <Popconfirm
          title={t('uninitiated.stopTitle')}
          description={t('uninitiated.stopHint', { name: work.sales.name })}
          okText={t('uninitiated.stop')}
          okButtonProps={{ danger: true }}
          cancelText={t('app.cancel')}
          onConfirm={() => step(() => stop({ variables: { input } }), t('uninitiated.stopped'))}
        >
          <Button size="small" danger icon={<StopOutlined />} loading={stopping.loading} data-testid={`uninitiated-stop-${work.id}`}>
            {t('uninitiated.stop')}
          </Button>
        </Popconfirm>
      )}
      {can.link && (
        <Button size="small" icon={<LinkOutlined />} onClick={() => setLinking(true)} data-testid={`uninitiated-link-${work.id}`}>
          {t('uninitiated.link')}
        </Button>
      )}
      {linking && <LinkProjectModal work={work} onClose={() => setLinking(false)} onLinked={onChanged} />}
    </Space>
  );
}
