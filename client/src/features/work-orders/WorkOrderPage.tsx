import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Card, Col, Descriptions, type DescriptionsProps, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import { RecordPending } from '../../app/RecordPending';
import { ApprovalSteps } from '../approvals/ApprovalSteps';
import { PresenceBar } from '../presence/PresenceBar';
import { useCurrentUser } from '../auth/current-user';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { useLiveWorkOrder } from './useLiveWorkOrder';
import { WORK_ORDER_STATUS_COLOR } from './work-order-meta';
import { WORK_ORDER } from './work-orders.operations';
import { WorkOrderActions } from './WorkOrderActions';
import { WorkOrderAnswers } from './WorkOrderAnswers';
import './work-orders.css';

/** One part of the form R&D reads: environment, steps, symptoms, logs. */
function Section({ label, text, testId, code = false }: { label: string; text: string; testId: string; code?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="work-order-page__section">
      <Typography.Text type="secondary">{label}</Typography.Text>
      <div className={code ? 'work-order-page__logs' : 'work-order-page__text'} data-testid={testId}>
        {text || <Typography.Text type="secondary">{t('app.none')}</Typography.Text>}
      </div>
    </div>
  );
}

/**
 * A fault work order (故障处理工作单) shared by its submitter, the PRESALES_MANAGER and R&D: the
 * form, where it stands, the manager's approval, what each side wrote, the attachments, and
 * the steps the server says the viewer may take. Live while open.
 */
export function WorkOrderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const formatDateTime = useFormatDateTime();
  const { data, error, refetch } = useQuery(WORK_ORDER, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const order = data?.workOrder;
  /** Also after the viewer's own change: the push of it is then not reloaded a second time. */
  const reload = useLiveWorkOrder(order?.project?.id, refetch);

  if (!order) {
    return (
      <RecordPending
        error={error}
        notFoundTitle={t('workOrders.notFoundTitle')}
        notFoundText={t('workOrders.notFoundText')}
        loadFailed={t('workOrders.loadFailed')}
        onRetry={() => void refetch()}
        notFoundTestId="work-order-not-found"
      />
    );
  }

  const members = order.members.map((member) => member.id);
  const worksOn = order.submittedBy.id === me.id || order.lead?.id === me.id || members.includes(me.id);
  const none = t('app.none');
  const items: DescriptionsProps['items'] = [
    {
      key: 'project',
      label: t('workOrders.project'),
      children: order.project ? <Link to={`/projects/${order.project.id}?tab=rnd`}>{order.project.name}</Link> : order.projectName,
    },
    { key: 'submittedBy', label: t('workOrders.submittedBy'), children: order.submittedBy.name },
    { key: 'createdAt', label: t('workOrders.createdAt'), children: formatDateTime(order.createdAt) },
    { key: 'lead', label: t('workOrders.lead'), children: <span data-testid="work-order-lead">{order.lead?.name ?? none}</span> },
    { key: 'members', label: t('workOrders.members'), children: order.members.map((member) => member.name).join(t('workOrders.nameSeparator')) || none, span: 2 },
  ];

  return (
    <div className="work-order-page" data-testid={`work-order-${order.id}`} data-status={order.status}>
      <Breadcrumb
        className="work-order-page__breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.board')}</Link> },
          { title: order.project ? <Link to={`/projects/${order.project.id}?tab=rnd`}>{order.project.name}</Link> : order.projectName },
          { title: order.title },
        ]}
      />
      <Card className="work-order-page__header">
        <div className="work-order-page__title">
          <Tag color="volcano" variant="outlined">
            {t('approvalKind.FAULT_WORK_ORDER')}
          </Tag>
          <Typography.Title level={3}>{order.title}</Typography.Title>
          <Tag color={WORK_ORDER_STATUS_COLOR[order.status]} data-testid="work-order-status">
            {t(`workOrderStatus.${order.status}`)}
          </Tag>
          <PresenceBar recordType="WORK_ORDER" recordId={order.id} />
          <div className="work-order-page__actions">
            <WorkOrderActions order={order} onOrder={members} size="middle" onChanged={reload} />
          </div>
        </div>
        <Typography.Paragraph type="secondary" className="work-order-page__hint">
          {t(`workOrders.statusHint.${order.status}`)}
        </Typography.Paragraph>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />
      </Card>
      <WorkOrderAnswers order={order} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card size="small" title={t('workOrders.form')} data-testid="work-order-form">
            <Section label={t('workOrders.environment')} text={order.environment} testId="work-order-environment" />
            <Section label={t('workOrders.steps')} text={order.steps} testId="work-order-steps" />
            <Section label={t('workOrders.symptoms')} text={order.symptoms} testId="work-order-symptoms" />
            <Section label={t('workOrders.logs')} text={order.logs} testId="work-order-logs" code />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          {order.approval && (
            <Card size="small" title={t('workOrders.approval')} className="work-order-page__approval" data-testid="work-order-approval" data-status={order.approval.status}>
              <ApprovalSteps steps={order.approval.steps} />
            </Card>
          )}
          <AttachmentsCard
            owner="work-orders"
            ownerId={order.id}
            attachments={order.attachments}
            mayUpload={worksOn}
            onUploaded={() => refetch().catch(() => undefined)}
            testId="work-order-attachments"
          />
        </Col>
      </Row>
    </div>
  );
}
