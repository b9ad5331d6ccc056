import { Descriptions, type DescriptionsProps, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { SupportRequestItemFragment } from '../../gql/graphql';

type Handoff = SupportRequestItemFragment['handoffs'][number];

/** Whether the second reported the hand-off resolved, bounced, or has not reported yet. */
function ResultTag({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  if (handoff.resolved === null) return <Tag>{t('support.handoffPending')}</Tag>;
  return handoff.resolved ? <Tag color="success">{t('support.handoffResolved')}</Tag> : <Tag color="error">{t('support.handoffBounced')}</Tag>;
}

/** The hand-offs (转第二售前) of one request: content, scope and time, and the second's report. */
export function HandoffList({ handoffs }: { handoffs: readonly Handoff[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const details = (handoff: Handoff): DescriptionsProps['items'] => [
    { key: 'scope', label: t('support.handoffScope'), children: handoff.scope, span: 2 },
    { key: 'handoffAt', label: t('support.handoffAt'), children: formatDateTime(handoff.handoffAt) },
    { key: 'createdAt', label: t('support.handedOffAt'), children: formatDateTime(handoff.createdAt) },
    ...(handoff.result ? [{ key: 'result', label: t('support.handoffResult'), children: handoff.result, span: 2 }] : []),
  ];
  return (
    <div className="support-card__section">
      <Typography.Text type="secondary">{t('support.handoffs')}</Typography.Text>
      <Timeline
        className="support-card__handoffs"
        items={handoffs.map((handoff) => ({
          key: handoff.id,
          color: handoff.resolved === null ? 'blue' : handoff.resolved ? 'green' : 'red',
          content: (
            <div data-testid={`handoff-${handoff.id}`}>
              <div className="support-card__handoff-head">
                <Typography.Text strong>{handoff.content}</Typography.Text>
                <ResultTag handoff={handoff} />
              </div>
              <Descriptions size="small" column={2} items={details(handoff)} />
            </div>
          ),
        }))}
      />
    </div>
  );
}
