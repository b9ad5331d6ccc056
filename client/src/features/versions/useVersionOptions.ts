import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { versionOptions } from './version-meta';
import { PRODUCT_VERSIONS } from './versions.operations';

/** Every product version as choices for a form's select (see versionOptions). */
export function useVersionOptions(forUse: boolean) {
  const { t } = useTranslation();
  const versions = useQuery(PRODUCT_VERSIONS, { fetchPolicy: 'cache-and-network' });
  return { options: versionOptions(t, versions.data?.productVersions ?? [], forUse), loading: versions.loading, error: versions.error, retry: () => void versions.refetch() };
}
