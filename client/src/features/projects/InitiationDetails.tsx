import { Card, Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { ProjectPageQuery } from '../../gql/graphql';
import { SupportTypeTags } from '../board/ProjectTags';

type Initiation = ProjectPageQuery['project']['initiation'];

/** The current revision of the 立项单, as submitted. */
export function InitiationDetails({ initiation }: { initiation: Initiation }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const none = t('app.none');
  const wanted =
    initiation.wantedStart || initiation.wantedEnd
      ? t('project.wantedRange', { start: initiation.wantedStart ?? none, end: initiation.wantedEnd ?? none })
      : none;

  const items: DescriptionsProps['items'] = [
    { key: 'projectName', label: t('project.projectName'), children: initiation.projectName, span: 2 },
    { key: 'customer', label: t('project.customer'), children: initiation.customer.name, span: 2 },
    { key: 'responsibleSales', label: t('project.responsibleSales'), children: initiation.responsibleSales.name },
    { key: 'revision', label: t('project.revision'), children: t('project.revisionValue', { revision: initiation.revision }) },
    { key: 'firstPresales', label: t('project.firstPresales'), children: initiation.firstPresales.name },
    { key: 'secondPresales', label: t('project.secondPresales'), children: initiation.secondPresales?.name ?? none },
    { key: 'supportTypes', label: t('project.supportTypes'), children: <SupportTypeTags types={initiation.supportTypes} />, span: 2 },
    {
      key: 'requirements',
      label: t('project.requirements'),
      children: <div className="project-page__requirements">{initiation.requirements}</div>,
      span: 2,
    },
    { key: 'wanted', label: t('project.wantedDates'), children: wanted, span: 2 },
    { key: 'submittedBy', label: t('project.submittedBy'), children: initiation.submittedBy.name },
    { key: 'submittedAt', label: t('project.submittedAt'), children: formatDateTime(initiation.submittedAt) },
  ];

  return (
    <Card title={t('project.initiation')} size="small" data-testid="project-initiation">
      <Descriptions bordered size="small" column={2} items={items} styles={{ label: { width: 120 } }} />
    </Card>
  );
}
