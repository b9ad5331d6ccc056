import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeCode } from '../../app/errors';
import { reportSessionEnded } from '../../app/session-events';
import { downloadExport, ExportError } from '../tracking/download-export';

/** The dashboard tables the server exports: GET /exports/dashboards/{name}.xlsx. */
export type DashboardExport = 'sla-attainment' | 'satisfaction-per-engineer' | 'satisfaction-trend' | 'workload' | 'rnd-work-orders' | 'rnd-project-costs' | 'work-report';

/** The query string of an export: what the page's figures are filtered by (empty values left out). */
export type ExportParams = Record<string, string | number | null | undefined>;

function exportUrl(name: DashboardExport, params: ExportParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  return `/exports/dashboards/${name}.xlsx?${query.toString()}`;
}

/** "Export to Excel" for one table: downloads the server's workbook of the figures on screen, or says why it was refused. */
export function ExportButton({ name, params }: { name: DashboardExport; params: ExportParams }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);

  const download = async () => {
    setExporting(true);
    try {
      await downloadExport(exportUrl(name, params), `${name}.xlsx`);
    } catch (failure) {
      const code = failure instanceof ExportError ? failure.code : 'UNKNOWN';
      if (code === 'UNAUTHENTICATED') reportSessionEnded();
      else void message.error(t('dashboard.export.failed', { reason: describeCode(t, code) }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Button size="small" icon={<DownloadOutlined />} loading={exporting} onClick={() => void download()} data-testid={`${name}-export`}>
      {t('dashboard.export.button')}
    </Button>
  );
}
