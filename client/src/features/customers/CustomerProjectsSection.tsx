import { Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { StageTag } from '../board/ProjectTags';

type Project = CustomerProfileDetailFragment['projects'][number];

/** The customer's projects the viewer may see, newest first; each opens its project record. */
export function CustomerProjectsSection({ projects }: { projects: readonly Project[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns: TableColumnsType<Project> = [
    {
      key: 'name',
      title: t('customers.projectName'),
      render: (_, project) => (
        <Link to={`/projects/${project.id}`} data-testid={`customer-project-${project.id}`}>
          {project.name}
        </Link>
      ),
    },
    { key: 'stage', title: t('customers.stage'), width: 120, render: (_, project) => <StageTag stage={project.stage} /> },
    { key: 'createdAt', title: t('customers.createdAt'), width: 170, render: (_, project) => formatDateTime(project.createdAt) },
  ];
  return (
    <Card size="small" title={t('customers.projects')} data-testid="customer-projects">
      <Table rowKey="id" size="small" columns={columns} dataSource={[...projects]} pagination={false} locale={{ emptyText: t('customers.noProjects') }} />
    </Card>
  );
}
