import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, List, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { TicketDetailFragment } from '../../gql/graphql';
import { describeUploadRefusal, formatSize, uploadAttachment } from '../work-orders/upload-attachment';

/** What may be attached (server: attachments/attachment-type.ts); anything else is refused with ATTACHMENT_TYPE_NOT_ALLOWED. */
const ACCEPT = '.txt,.log,.csv,.json,.png,.jpg,.jpeg,.pdf,.zip,.gz,text/plain,text/csv,application/json,image/png,image/jpeg,application/pdf,application/zip,application/gzip';

interface Props {
  ticket: Pick<TicketDetailFragment, 'id' | 'status' | 'attachments'>;
  /** After a file was stored: reload the ticket. */
  onUploaded(): void;
}

/** Screenshots and logs on the ticket: anyone who sees it (the customer too) downloads them, and attaches more until it is closed. */
export function TicketAttachments({ ticket, onUploaded }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const formatDateTime = useFormatDateTime();
  const [uploading, setUploading] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const mayUpload = ticket.status !== 'CLOSED';

  const upload = async (file: File) => {
    setRefusal(null);
    setUploading(file.name);
    const refused = await uploadAttachment(ticket.id, file, 'tickets');
    if (refused) setRefusal(describeUploadRefusal(t, i18n.language, refused));
    else {
      void message.success(t('attachments.uploaded', { name: file.name }));
      onUploaded();
    }
    setUploading(null);
  };

  return (
    <Card
      size="small"
      className="ticket-page__card"
      title={t('attachments.title', { count: ticket.attachments.length })}
      data-testid="ticket-attachments"
      extra={
        mayUpload && (
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            disabled={uploading !== null}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={uploading !== null} data-testid="attachment-upload">
              {uploading ? t('attachments.uploading', { name: uploading }) : t('attachments.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {refusal && <Alert type="error" showIcon closable={{ onClose: () => setRefusal(null) }} title={refusal} className="ticket-form__error" data-testid="attachment-refusal" />}
      <List
        size="small"
        dataSource={[...ticket.attachments]}
        locale={{ emptyText: t('attachments.empty') }}
        renderItem={(attachment) => (
          <List.Item key={attachment.id} data-testid={`attachment-${attachment.id}`}>
            <List.Item.Meta
              avatar={<PaperClipOutlined />}
              title={
                <a href={attachment.url} download={attachment.fileName} data-testid={`attachment-link-${attachment.id}`}>
                  {attachment.fileName}
                </a>
              }
              description={t('attachments.meta', { size: formatSize(i18n.language, attachment.size), name: attachment.uploadedBy.name, at: formatDateTime(attachment.createdAt) })}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
