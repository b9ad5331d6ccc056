import { useMutation } from '@apollo/client/react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { REQUEST_WRITTEN_REPORT } from './reports.operations';

/** The responsible sales asks for a phone report in writing (第十四条). */
export function AskWrittenReportButton({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [requestWritten, { loading }] = useMutation(REQUEST_WRITTEN_REPORT);

  const ask = async () => {
    try {
      await requestWritten({ variables: { reportId } });
      void message.success(t('reports.askedWritten'));
    } catch (error) {
      void message.error(describeError(t, error));
    }
  };

  return (
    <Button size="small" onClick={() => void ask()} loading={loading} data-testid={`ask-written-${reportId}`}>
      {t('reports.askWritten')}
    </Button>
  );
}
