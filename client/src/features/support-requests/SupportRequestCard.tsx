import { Card, Descriptions, type DescriptionsProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { ProjectMemberRole, SupportParty, SupportRequestItemFragment } from '../../gql/graphql';
import { HandoffList } from './HandoffList';
import { STATUS_COLOR } from './support-flow';
import { SupportActions } from './SupportActions';

/** The project member who is each party; the manager and nobody are not members. */
const MEMBER_OF_PARTY: Partial<Record<SupportParty, ProjectMemberRole>> = {
  SALES: 'RESPONSIBLE_SALES',
  FIRST_PRESALES: 'FIRST_PRESALES',
  SECOND_PRESALES: 'SECOND_PRESALES',
};

interface Props {
  request: SupportRequestItemFragment;
  members: readonly { role: ProjectMemberRole; user: { id: string; name: string } }[];
  parties: ReadonlySet<SupportParty>;
  onStale(): void;
}

/** One support request: its state, who holds the ball until when, its hand-offs and the viewer's next steps. */
export function SupportRequestCard({ request, members, parties, onStale }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const holderRole = MEMBER_OF_PARTY[request.holder];
  const holderName = holderRole ? members.find((member) => member.role === holderRole)?.user.name : undefined;
  const holder = (
    <span className="support-card__holder" data-testid={`support-holder-${request.id}`} data-holder={request.holder}>
      <Tag color={request.holder === 'NOBODY' ? 'default' : 'processing'}>{t(`supportParty.${request.holder}`)}</Tag>
      {holderName}
    </span>
  );

  const items: DescriptionsProps['items'] = [
    { key: 'holder', label: t('support.holder'), children: holder },
    { key: 'dueAt', label: t('support.dueAt'), children: formatDateTime(request.dueAt) },
    { key: 'proposedFor', label: t('support.proposedFor'), children: request.proposedFor ? formatDateTime(request.proposedFor) : t('app.none') },
    { key: 'requestedBy', label: t('support.requestedBy'), children: request.requestedBy.name },
    { key: 'createdAt', label: t('support.createdAt'), children: formatDateTime(request.createdAt) },
    { key: 'updatedAt', label: t('support.updatedAt'), children: formatDateTime(request.updatedAt) },
  ];
  if (request.responsibleForFailure) {
    items.push({
      key: 'responsibleForFailure',
      label: t('support.responsibleForFailure'),
      children: (
        <Typography.Text type="danger" data-testid={`support-failure-${request.id}`}>
          {request.responsibleForFailure.name}
        </Typography.Text>
      ),
      span: 3,
    });
  }

  return (
    <Card
      size="small"
      className="support-card"
      data-testid={`support-request-${request.id}`}
      data-status={request.status}
      title={
        <div className="support-card__title">
          <Tag color={STATUS_COLOR[request.status]} data-testid={`support-status-${request.id}`}>
            {t(`supportStatus.${request.status}`)}
          </Tag>
          <Typography.Text strong ellipsis={{ tooltip: request.content }}>
            {request.content}
          </Typography.Text>
        </div>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />
      {request.handoffs.length > 0 && <HandoffList handoffs={request.handoffs} />}
      <div className="support-card__actions">
        <SupportActions request={request} parties={parties} onStale={onStale} />
      </div>
    </Card>
  );
}
