import { FileAddOutlined } from '@ant-design/icons';
import { Button, Empty, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../app/LoadFailed';
import type { DocumentItemFragment, ProjectMemberRole, SupportType } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { TabHead } from '../projects/TabHead';
import { DocumentCard } from './DocumentCard';
import { DocumentFormModal } from './DocumentFormModal';
import { sidesOf } from '../projects/project-sides';
import { startableKinds } from './document-rules';
import './documents.css';

interface DocumentsTabProps {
  projectId: string;
  supportTypes: readonly SupportType[];
  members: readonly { role: ProjectMemberRole; user: { id: string } }[];
  /** Undefined while loading. */
  documents: readonly DocumentItemFragment[] | undefined;
  loadError: unknown;
  /** Reloads the documents: after a change, or when what is on screen turned out stale. */
  reload(): void;
}

/** The project's documents (SPEC §6), newest first, each with its review loop; live like the rest of the record. */
export function DocumentsTab({ projectId, supportTypes, members, documents, loadError, reload }: DocumentsTabProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const viewer = { sides: sidesOf(members, me.id), roles: me.roles };
  const kinds = startableKinds(supportTypes, viewer.sides);

  return (
    <div data-testid="documents">
      <TabHead summary={t('documents.count', { count: documents?.length ?? 0 })}>
        {kinds.length > 0 && (
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => setCreating(true)} data-testid="new-document">
            {t('documents.new')}
          </Button>
        )}
      </TabHead>
      {Boolean(loadError) && <LoadFailed title={t('documents.loadFailed')} error={loadError} onRetry={reload} />}
      {!documents ? (
        !loadError && <Spin description={t('app.loading')} className="documents-tab__loading" />
      ) : documents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.empty')} />
      ) : (
        documents.map((document) => <DocumentCard key={document.id} projectId={projectId} document={document} viewer={viewer} onChanged={reload} />)
      )}
      {creating && <DocumentFormModal projectId={projectId} kinds={kinds} sides={viewer.sides} onClose={() => setCreating(false)} onSaved={reload} />}
    </div>
  );
}
