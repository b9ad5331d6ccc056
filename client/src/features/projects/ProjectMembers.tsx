import { Avatar, Card, Empty, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectMemberRole } from '../../gql/graphql';

/** Members in the order the regulation introduces their duties. */
const ROLE_ORDER: readonly ProjectMemberRole[] = ['RESPONSIBLE_SALES', 'FIRST_PRESALES', 'SECOND_PRESALES', 'ADDITIONAL_PRESALES', 'RND', 'TESTER'];

interface Member {
  role: ProjectMemberRole;
  user: { id: string; name: string };
}

export const byDuty = <M extends { role: ProjectMemberRole }>(members: readonly M[]): M[] =>
  [...members].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));

export function ProjectMembers({ members }: { members: readonly Member[] }) {
  const { t } = useTranslation();
  const sorted = byDuty(members);
  return (
    <Card title={t('project.members')} size="small" data-testid="project-members">
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('project.noMembers')} />
      ) : (
        <List
          dataSource={sorted}
          rowKey={(member) => `${member.role}:${member.user.id}`}
          renderItem={(member) => (
            <List.Item extra={<Tag variant="filled">{t(`memberRole.${member.role}`)}</Tag>}>
              <List.Item.Meta avatar={<Avatar size="small">{member.user.name.slice(0, 1)}</Avatar>} title={member.user.name} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
