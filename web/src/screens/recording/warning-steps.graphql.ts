import { graphql } from '../../gql';

export const FORWARD_WARNING = graphql(`
  mutation ForwardWarning($input: ForwardWarningInput!) {
    forwardWarning(input: $input) {
      eventIds
    }
  }
`);

export const CHECK_WARNING_ON_SITE = graphql(`
  mutation CheckWarningOnSite($input: CheckWarningOnSiteInput!) {
    checkWarningOnSite(input: $input) {
      eventIds
    }
  }
`);
