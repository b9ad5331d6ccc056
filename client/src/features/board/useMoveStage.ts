import { useApolloClient, useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, hasErrorCode } from '../../app/errors';
import type { ProjectCardFragment, ProjectStage } from '../../gql/graphql';
import { MOVE_PROJECT_STAGE } from './board.operations';

/** Moves a project as the viewer saw it (its stage and version): the server refuses if it changed since. */
export function useMoveStage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [mutate] = useMutation(MOVE_PROJECT_STAGE);
  const [movingId, setMovingId] = useState<string | null>(null);

  const move = async (project: ProjectCardFragment, to: ProjectStage) => {
    setMovingId(project.id);
    try {
      await mutate({ variables: { input: { projectId: project.id, from: project.stage, to, expectedVersion: project.version } } });
      void message.success(t('board.moved', { name: project.name, stage: t(`stage.${to}`) }));
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) void message.warning(t('board.conflict', { name: project.name }), 6);
      else void message.error(describeError(t, error));
      // Whatever the refusal, what is on screen was out of date: show the server's state.
      await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    } finally {
      setMovingId(null);
    }
  };

  return { move, movingId };
}
