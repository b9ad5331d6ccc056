import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, hasErrorCode } from '../../app/errors';
import { DECIDE_COMPLAINT } from './complaints.operations';

/** The PRESALES_MANAGER upholds or dismisses a complaint, once, with an optional comment. */
export function DecideComplaintButtons({ complaint, onSettled }: { complaint: { id: string; title: string }; onSettled(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  // Kept after closing, so that the closing dialog does not change its words.
  const [uphold, setUphold] = useState(true);
  const [open, setOpen] = useState(false);
  const [decideComplaint, { loading }] = useMutation(DECIDE_COMPLAINT);

  const decide = async (comment: string | undefined) => {
    try {
      await decideComplaint({ variables: { input: { complaintId: complaint.id, uphold, comment: comment?.trim() || null } } });
      void message.success(t(uphold ? 'complaints.upheldDone' : 'complaints.dismissedDone'));
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) void message.warning(t('complaints.conflict'), 6);
      else void message.error(describeError(t, error));
    }
    setOpen(false);
    onSettled();
  };

  const choose = (choice: boolean) => {
    setUphold(choice);
    setOpen(true);
  };

  return (
    <>
      <Space size="small">
        <Button size="small" danger onClick={() => choose(true)} data-testid={`uphold-${complaint.id}`}>
          {t('complaints.uphold')}
        </Button>
        <Button size="small" onClick={() => choose(false)} data-testid={`dismiss-${complaint.id}`}>
          {t('complaints.dismiss')}
        </Button>
      </Space>
      <Modal
        open={open}
        title={t(uphold ? 'complaints.upholdTitle' : 'complaints.dismissTitle')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)}>
            {t('complaints.cancel')}
          </Button>,
          <Button key="submit" type="primary" danger={uphold} loading={loading} onClick={() => form.submit()} data-testid="decide-complaint-submit">
            {t(uphold ? 'complaints.uphold' : 'complaints.dismiss')}
          </Button>,
        ]}
      >
        <Typography.Paragraph strong>{complaint.title}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t(uphold ? 'complaints.upholdHint' : 'complaints.dismissHint')}</Typography.Paragraph>
        <Form form={form} name="decide-complaint" layout="vertical" preserve={false} onFinish={({ comment }) => void decide(comment)}>
          <Form.Item name="comment" label={t('complaints.decisionComment')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
