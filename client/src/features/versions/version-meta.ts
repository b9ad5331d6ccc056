import type { TFunction } from 'i18next';
import type { ProductVersionItemFragment, VersionKind } from '../../gql/graphql';

export const VERSION_KIND_COLOR: Record<VersionKind, string> = { RELEASE: 'green', MAINLINE: 'blue', CUSTOM: 'purple' };

/** A mainline build no tester has confirmed yet: no project may use it (第二十条). */
export const isUnconfirmedMainline = (version: Pick<ProductVersionItemFragment, 'kind' | 'confirmedAt'>): boolean => version.kind === 'MAINLINE' && !version.confirmedAt;

/** The version as people name it: product and number. */
export const versionName = (version: { product: string; version: string }): string => `${version.product} ${version.version}`;

/** Choices of a version, grouped by product; `forUse`: unconfirmed mainline builds are shown but cannot be chosen. */
export function versionOptions(t: TFunction, versions: readonly ProductVersionItemFragment[], forUse: boolean) {
  const products = [...new Set(versions.map((version) => version.product))];
  return products.map((product) => ({
    label: product,
    options: versions
      .filter((version) => version.product === product)
      .map((version) => {
        const unconfirmed = isUnconfirmedMainline(version);
        return {
          value: version.id,
          label: t(unconfirmed ? 'versions.optionUnconfirmed' : 'versions.option', { name: versionName(version), kind: t(`versionKind.${version.kind}`) }),
          disabled: forUse && unconfirmed,
        };
      }),
  }));
}
