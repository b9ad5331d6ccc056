import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import { type AttachmentOwner, describeUploadRefusal, formatSize, uploadAttachment } from './upload-attachment';
import './attachments.css';

/** What may be attached (server: attachments/attachment-type.ts); anything else is refused with ATTACHMENT_TYPE_NOT_ALLOWED. */
const ACCEPT = '.txt,.log,.csv,.json,.png,.jpg,.jpeg,.pdf,.zip,.gz,text/plain,text/csv,application/json,image/png,image/jpeg,application/pdf,application/zip,application/gzip';

interface AttachmentItem {
  id: string;
  fileName: string;
  size: number;
  url: string;
  createdAt: string;
  uploadedBy: { name: string };
}

interface Props {
  /** The record the files belong to: its kind (the upload route) and id. */
  owner: AttachmentOwner;
  ownerId: string;
  attachments: readonly AttachmentItem[];
  /** Whether to offer the upload (the server decides who may). */
  mayUpload: boolean;
  /** After a file was stored: reload the record. */
  onUploaded(): unknown;
  testId: string;
  className?: string;
}

/** A record's logs and screenshots (work order, ticket), each downloadable by who may see the record; those who may upload add more. */
export function AttachmentsCard({ owner, ownerId, attachments, mayUpload, onUploaded, testId, className }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const formatDateTime = useFormatDateTime();
  const [uploading, setUploading] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const upload = async (file: File) => {
    setRefusal(null);
    setUploading(file.name);
    const refused = await uploadAttachment(ownerId, file, owner);
    if (refused) setRefusal(describeUploadRefusal(t, i18n.language, refused));
    else {
      void message.success(t('attachments.uploaded', { name: file.name }));
      await onUploaded();
    }
    setUploading(null);
  };

  return (
    <Card
      size="small"
      className={className}
      title={t('attachments.title', { count: attachments.length })}
      data-testid={testId}
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
      {mayUpload && <Typography.Paragraph type="secondary">{t('attachments.hint')}</Typography.Paragraph>}
      {refusal && <Alert type="error" showIcon closable={{ onClose: () => setRefusal(null) }} title={refusal} className="attachments-card__refusal" data-testid="attachment-refusal" />}
      <List
        size="small"
        dataSource={[...attachments]}
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
