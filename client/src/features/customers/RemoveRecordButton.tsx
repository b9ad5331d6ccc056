import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOneClickChange } from '../../app/forms/change';

interface Props {
  /** The question asked before removing, naming what goes. */
  confirm: string;
  done: string;
  testId: string;
  remove(): Promise<unknown>;
  /** After the removal (or its refusal, said in a message): reload the profile. */
  onChanged(): void;
}

/** Removes one row of a profile after a confirmation. */
export function RemoveRecordButton({ confirm, done, testId, remove, onChanged }: Props) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  const oneClick = useOneClickChange(onChanged);
  const run = async () => {
    setRemoving(true);
    await oneClick(remove, done);
    setRemoving(false);
  };
  return (
    <Popconfirm title={confirm} okText={t('customers.remove')} okButtonProps={{ danger: true }} cancelText={t('app.cancel')} onConfirm={() => run()}>
      <Button size="small" type="text" danger icon={<DeleteOutlined />} loading={removing} aria-label={t('customers.remove')} data-testid={testId} />
    </Popconfirm>
  );
}
