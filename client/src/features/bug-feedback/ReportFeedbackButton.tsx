import { BugOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import { ReportFeedbackDialog } from './ReportFeedbackDialog';

/**
 * The header's button that reports a bug or a suggestion from wherever the viewer is; on a
 * project, about that project. An icon (what it does on hover), so that the header keeps its room for the navigation.
 */
export function ReportFeedbackButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const project = useMatch('/projects/:id');
  return (
    <>
      <Tooltip
        placement="bottom"
        title={
          <>
            <strong>{t('feedback.report')}</strong>
            <div>{t('feedback.reportHint')}</div>
          </>
        }
      >
        <Button type="text" icon={<BugOutlined />} onClick={() => setOpen(true)} aria-label={t('feedback.report')} data-testid="report-feedback" />
      </Tooltip>
      {open && <ReportFeedbackDialog projectId={project?.params.id} onClose={() => setOpen(false)} />}
    </>
  );
}
