import { graphql } from '../../gql';

export const RULE_SET_FIELDS = graphql(`
  fragment RuleSetFields on RuleSetType {
    versionId
    ruleSetId
    name
    kind
    effectiveFrom
    publishedAt
    publishedBy
    publishedByRole
    priorDays
    aggregation
    rateTerms {
      key
      label
      dimension
      weight
      numerator
      numeratorLabel
      denominator
      denominatorLabel
      compare
      target
      mapping {
        kind
        zeroAt
        fullAt
      }
    }
    terms {
      indicator
      points
      per
      perCapita
      capPerCase
    }
  }
`);

export const RULE_SETS = graphql(`
  query RuleSets {
    latestFactDay
    ruleSets {
      ...RuleSetFields
    }
  }
`);

export const WHAT_IF_ROW_FIELDS = graphql(`
  fragment WhatIfRowFields on WhatIfRowType {
    subjectId
    name
    unitName
    countyName
    currentRank
    currentScore
    draftRank
    draftScore
    rankChange
  }
`);

export const WHAT_IF = graphql(`
  query WhatIfRanking($draft: RuleSetDraftInput!, $period: PeriodInput!, $role: ChiefRole!) {
    whatIfRanking(draft: $draft, period: $period, role: $role) {
      draftName
      period {
        label
        from
        to
      }
      rows {
        ...WhatIfRowFields
      }
      movedUp {
        ...WhatIfRowFields
        terms {
          key
          label
          change
        }
      }
      movedDown {
        ...WhatIfRowFields
        terms {
          key
          label
          change
        }
      }
    }
  }
`);

export const PUBLISH_RULE_SET = graphql(`
  mutation PublishRuleSet($input: PublishRuleSetInput!) {
    publishRuleSet(input: $input) {
      eventIds
    }
  }
`);
