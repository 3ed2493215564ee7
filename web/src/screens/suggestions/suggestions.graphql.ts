import { graphql } from '../../gql';

export const SUGGESTION_FIELDS = graphql(`
  fragment SuggestionFields on Suggestion {
    key
    rule
    ruleLabel
    action
    actionLabel
    unitId
    unitName
    reason
    status
    statusLabel
    evidence {
      summary
      period {
        kind
        from
        to
        label
      }
    }
    decision {
      note
      reason
    }
  }
`);

export const SUGGESTIONS = graphql(`
  query Suggestions($asOf: Day) {
    suggestions(asOf: $asOf) {
      asOf
      open {
        ...SuggestionFields
      }
      decided {
        ...SuggestionFields
      }
    }
    latestFactDay
    counties: units(level: COUNTY) {
      unitId
      name
    }
  }
`);

export const SUGGESTIONS_SETUP = graphql(`
  query SuggestionsSetup {
    latestFactDay
  }
`);

export const ACCEPT_SUGGESTION = graphql(`
  mutation AcceptSuggestion($input: AcceptSuggestionInput!) {
    acceptSuggestion(input: $input) {
      streamId
    }
  }
`);

export const DISMISS_SUGGESTION = graphql(`
  mutation DismissSuggestion($input: DismissSuggestionInput!) {
    dismissSuggestion(input: $input) {
      streamId
    }
  }
`);
