import { UserAddOutlined } from '@ant-design/icons';
import { Alert, Avatar, Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalItemFragment, ProjectMemberRole } from '../../gql/graphql';
import { currentStepOf, mayRequestResource } from '../approvals/approval-meta';
import { RequestResourceModal } from '../approvals/RequestResourceModal';
import { useCurrentUser } from '../auth/current-user';
import { mayBeComplainedAbout } from '../complaints/complaint-meta';
import { FileComplaintModal } from '../complaints/FileComplaintModal';
import { isResponsibleSales } from '../reports/report-meta';
import { byDuty } from './ProjectMembers';

interface Member {
  role: ProjectMemberRole;
  user: { id: string; name: string; email: string };
}

interface MembersTabProps {
  project: { id: string; name: string };
  members: readonly Member[];
  approvals: readonly ApprovalItemFragment[];
  reload(): void;
}

/**
 * Who has which duty on the project. The responsible sales and the first pre-sales may ask for
 * an additional pre-sales (resource requests waiting for approval are listed); the sales may
 * complain about one of the project's engineers.
 */
export function MembersTab({ project, members, approvals, reload }: MembersTabProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [requesting, setRequesting] = useState(false);
  const [complainingAbout, setComplainingAbout] = useState<string | null>(null);
  const salesView = isResponsibleSales(members, me.id);
  const respondents = [...new Map(members.filter((member) => mayBeComplainedAbout(member.role)).map((member) => [member.user.id, member.user])).values()];
  const pending = approvals.filter((approval) => approval.status === 'PENDING' && approval.resourceRequest);

  const columns: TableColumnsType<Member> = [
    {
      key: 'name',
      title: t('members.name'),
      render: (_, member) => (
        <span className="members-tab__person">
          <Avatar size="small">{member.user.name.slice(0, 1)}</Avatar>
          {member.user.name}
        </span>
      ),
    },
    { key: 'email', title: t('members.email'), render: (_, member) => <Typography.Text copyable>{member.user.email}</Typography.Text> },
    { key: 'role', title: t('members.role'), width: 160, render: (_, member) => <Tag variant="filled">{t(`memberRole.${member.role}`)}</Tag> },
  ];
  if (salesView) {
    columns.push({
      key: 'actions',
      title: t('members.actions'),
      width: 120,
      render: (_, member) =>
        mayBeComplainedAbout(member.role) && (
          <Button size="small" danger type="link" onClick={() => setComplainingAbout(member.user.id)} data-testid={`complain-${member.user.id}`}>
            {t('members.complain')}
          </Button>
        ),
    });
  }

  return (
    <div className="members-tab" data-testid="members">
      <div className="members-tab__head">
        <Typography.Text type="secondary">{t('members.count', { count: members.length })}</Typography.Text>
        {mayRequestResource(members, me.id) && (
          <Button type="primary" icon={<UserAddOutlined />} className="members-tab__request" onClick={() => setRequesting(true)} data-testid="request-resource">
            {t('members.requestResource')}
          </Button>
        )}
      </div>
      {pending.length > 0 && (
        <Alert
          type="info"
          showIcon
          className="members-tab__pending"
          title={t('members.pendingRequests')}
          description={pending.map((approval) => {
            const step = currentStepOf(approval);
            return (
              <div key={approval.id} data-testid={`pending-resource-${approval.id}`}>
                {t('members.pendingRequest', {
                  name: approval.resourceRequest?.candidate.name,
                  role: step ? t(`role.${step.approverRole}`) : t('app.none'),
                })}
              </div>
            );
          })}
        />
      )}
      <Table
        rowKey={(member) => `${member.role}:${member.user.id}`}
        size="middle"
        columns={columns}
        dataSource={byDuty(members)}
        pagination={false}
        locale={{ emptyText: t('project.noMembers') }}
      />
      {requesting && <RequestResourceModal projectId={project.id} members={members} onClose={() => setRequesting(false)} onRequested={reload} />}
      {complainingAbout && <FileComplaintModal project={project} respondents={respondents} respondentId={complainingAbout} onClose={() => setComplainingAbout(null)} />}
    </div>
  );
}
