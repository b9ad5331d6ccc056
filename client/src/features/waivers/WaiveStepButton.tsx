import { ScissorOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportType, WaiverItemFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { mayWaive } from './waiver-meta';
import { WaiveStepModal } from './WaiveStepModal';

interface Props {
  project: { id: string; name: string; supportTypes: readonly SupportType[] };
  waivers: readonly WaiverItemFragment[];
  onWaived(): void;
}

/** The managers' "waive a step" on the project's header (第五十二条); nothing for anyone else. */
export function WaiveStepButton({ project, waivers, onWaived }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  if (!mayWaive(me.roles)) return null;
  return (
    <>
      <Button size="small" icon={<ScissorOutlined />} onClick={() => setOpen(true)} data-testid="waive-step">
        {t('waivers.action')}
      </Button>
      {open && <WaiveStepModal project={project} waived={waivers.map((waiver) => waiver.step)} onClose={() => setOpen(false)} onWaived={onWaived} />}
    </>
  );
}
