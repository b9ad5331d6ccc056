import { Alert, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { WaiverItemFragment } from '../../gql/graphql';
import './waivers.css';

interface Props {
  waivers: readonly WaiverItemFragment[];
  /** A problem is on record: the skipped steps are what to check first (第五十二条). */
  hasOpenProblem: boolean;
}

/** The steps waived for the project, pinned above the timeline; highlighted while a problem is open. */
export function WaiverList({ waivers, hasOpenProblem }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (waivers.length === 0) return null;

  const list = (
    <List
      size="small"
      dataSource={[...waivers]}
      rowKey="id"
      renderItem={(waiver) => (
        <List.Item data-testid={`waiver-${waiver.id}`} data-step={waiver.step}>
          <List.Item.Meta
            title={t(`documentKind.${waiver.step}`)}
            description={<span className="waivers__reason">{waiver.reason}</span>}
          />
          <Typography.Text type="secondary" className="waivers__by">
            {t('waivers.waivedBy', { name: waiver.waivedBy.name, at: formatDateTime(waiver.createdAt) })}
          </Typography.Text>
        </List.Item>
      )}
    />
  );

  return (
    <div className="waivers" data-testid="waivers" data-highlighted={hasOpenProblem}>
      {hasOpenProblem ? (
        <Alert type="warning" showIcon title={t('waivers.checkFirst')} description={list} />
      ) : (
        <Card size="small" title={t('waivers.listTitle')}>
          {list}
        </Card>
      )}
    </div>
  );
}
