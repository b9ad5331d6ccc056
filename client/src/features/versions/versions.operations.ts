import { graphql } from '../../gql';

/** A product version (第二十条): a release, a mainline build (confirmed by a tester or not) or a custom build. */
export const PRODUCT_VERSION_ITEM = graphql(`
  fragment ProductVersionItem on ProductVersion {
    id
    product
    version
    kind
    confirmedAt
    createdAt
    confirmedBy {
      id
      name
    }
  }
`);

export const PRODUCT_VERSIONS = graphql(`
  query ProductVersions {
    productVersions {
      ...ProductVersionItem
    }
  }
`);

export const REGISTER_PRODUCT_VERSION = graphql(`
  mutation RegisterProductVersion($input: RegisterProductVersionInput!) {
    registerProductVersion(input: $input) {
      ...ProductVersionItem
    }
  }
`);

export const CONFIRM_PRODUCT_VERSION = graphql(`
  mutation ConfirmProductVersion($versionId: ID!) {
    confirmProductVersion(versionId: $versionId) {
      ...ProductVersionItem
    }
  }
`);

/** The project's card changes with its version (the stage move compares it), so the answer carries the card. */
export const USE_PRODUCT_VERSION = graphql(`
  mutation UseProductVersion($input: UseProductVersionInput!) {
    useProductVersion(input: $input) {
      ...ProjectCard
      productVersion {
        ...ProductVersionItem
      }
    }
  }
`);
