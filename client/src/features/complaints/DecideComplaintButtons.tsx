import { useMutation } from '@apollo/client/react';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { PromptDialog } from '../../app/forms/PromptDialog';
import { DECIDE_COMPLAINT } from './complaints.operations';

/** The PRESALES_MANAGER upholds or dismisses a complaint, once, with an optional comment. */
export function DecideComplaintButtons({ complaint, onSettled }: { complaint: { id: string; title: string }; onSettled(): void }) {
  const { t } = useTranslation();
  /** The decision whose dialog is open: upheld or dismissed. */
  const [uphold, setUphold] = useState<boolean | null>(null);
  const change = useChange(onSettled, t('complaints.conflict'));
  const [decideComplaint, { loading }] = useMutation(DECIDE_COMPLAINT);

  return (
    <>
      <Space size="small">
        <Button size="small" danger onClick={() => setUphold(true)} data-testid={`uphold-${complaint.id}`}>
          {t('complaints.uphold')}
        </Button>
        <Button size="small" onClick={() => setUphold(false)} data-testid={`dismiss-${complaint.id}`}>
          {t('complaints.dismiss')}
        </Button>
      </Space>
      {uphold !== null && (
        <PromptDialog
          name="decide-complaint"
          title={t(uphold ? 'complaints.upholdTitle' : 'complaints.dismissTitle')}
          intro={t(uphold ? 'complaints.upholdHint' : 'complaints.dismissHint', { title: complaint.title })}
          label={t('complaints.decisionComment')}
          field="comment"
          optional
          submitLabel={t(uphold ? 'complaints.uphold' : 'complaints.dismiss')}
          danger={uphold}
          loading={loading}
          onSubmit={(comment) =>
            change(() => decideComplaint({ variables: { input: { complaintId: complaint.id, uphold, comment: comment || null } } }), t(uphold ? 'complaints.upheldDone' : 'complaints.dismissedDone'))
          }
          onClose={() => setUphold(null)}
        />
      )}
    </>
  );
}
