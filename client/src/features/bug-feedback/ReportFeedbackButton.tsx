import { BugOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import { ReportFeedbackDialog } from './ReportFeedbackDialog';

/** The header's button that reports a bug or a suggestion from wherever the viewer is; on a project, about that project. */
export function ReportFeedbackButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const project = useMatch('/projects/:id');
  return (
    <>
      <Tooltip title={t('feedback.reportHint')}>
        <Button type="text" icon={<BugOutlined />} onClick={() => setOpen(true)} data-testid="report-feedback">
          {t('feedback.report')}
        </Button>
      </Tooltip>
      {open && <ReportFeedbackDialog projectId={project?.params.id} onClose={() => setOpen(false)} />}
    </>
  );
}
