import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  text: string | null;
  testId: string;
  /** Error output, in a monospaced block. */
  code?: boolean;
}

/** One written part of a ticket under its label; a dash when nothing was written. */
export function TicketText({ label, text, testId, code = false }: Props) {
  const { t } = useTranslation();
  return (
    <div className="ticket-section">
      <Typography.Text type="secondary">{label}</Typography.Text>
      <div className={code ? 'ticket-code' : 'ticket-text'} data-testid={testId}>
        {text || <Typography.Text type="secondary">{t('app.none')}</Typography.Text>}
      </div>
    </div>
  );
}
