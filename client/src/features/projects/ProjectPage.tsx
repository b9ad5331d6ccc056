import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Button, Card, Col, Descriptions, Result, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError, hasErrorCode } from '../../app/errors';
import { useFormatDateTime } from '../../app/format';
import { MoveStageMenu } from '../board/MoveStageMenu';
import { StageTag } from '../board/ProjectTags';
import { useLiveBoard } from '../board/useLiveBoard';
import { useMoveStage } from '../board/useMoveStage';
import { InitiationDetails } from './InitiationDetails';
import { PROJECT_PAGE } from './project.operations';
import { ProjectMembers } from './ProjectMembers';
import './projects.css';

/** One project: header, members and the initiation form; stage changes arrive live. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const formatDateTime = useFormatDateTime();
  const { data, error, refetch } = useQuery(PROJECT_PAGE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  useLiveBoard(data?.latestSeq);
  const { move, movingId } = useMoveStage();

  if (!data) {
    const backToBoard = (
      <Link to="/">
        <Button type="primary">{t('app.backToBoard')}</Button>
      </Link>
    );
    if (hasErrorCode(error, 'NOT_FOUND')) {
      return <Result status="404" title={t('project.notFoundTitle')} subTitle={t('project.notFoundText')} extra={backToBoard} data-testid="project-not-found" />;
    }
    if (error) {
      return (
        <Result
          status="error"
          title={t('project.loadFailed')}
          subTitle={describeError(t, error)}
          extra={[
            <Button key="retry" onClick={() => void refetch()}>
              {t('app.retry')}
            </Button>,
            backToBoard,
          ]}
        />
      );
    }
    return <Spin size="large" description={t('app.loading')} style={{ margin: '120px auto' }} />;
  }

  const { project } = data;
  return (
    <div className="project-page" data-testid={`project-${project.id}`} data-stage={project.stage}>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/">{t('nav.board')}</Link> }, { title: project.name }]}
      />
      <Card className="project-page__header">
        <div className="project-page__title">
          <Typography.Title level={3}>{project.name}</Typography.Title>
          <StageTag stage={project.stage} />
          <span className="project-page__move">
            <MoveStageMenu project={project} moving={movingId === project.id} onMove={(to) => void move(project, to)} withLabel />
          </span>
        </div>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          style={{ marginTop: 12 }}
          items={[
            { key: 'customer', label: t('project.customer'), children: project.customer.name },
            { key: 'version', label: t('project.version'), children: project.version },
            { key: 'stageChangedAt', label: t('project.stageChangedAt'), children: formatDateTime(project.stageChangedAt) },
            { key: 'createdAt', label: t('project.createdAt'), children: formatDateTime(project.createdAt) },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <InitiationDetails initiation={project.initiation} />
        </Col>
        <Col xs={24} lg={8}>
          <ProjectMembers members={project.members} />
        </Col>
      </Row>
    </div>
  );
}
