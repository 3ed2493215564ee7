import { graphql } from '../../gql';

export const EXPLANATION = graphql(`
  query SubjectExplanation($role: ChiefRole!, $subjectId: ID!, $period: PeriodInput!) {
    scoreExplanation(role: $role, subjectId: $subjectId, period: $period) {
      subjectId
      name
      population
      daysAccountable
      ruleKind
      ruleSet {
        versionId
        name
        effectiveFrom
      }
      notes
      total
      period {
        kind
        from
        to
        label
        partial
      }
      terms {
        key
        label
        dimension
        weight
        numerator
        numeratorUnit
        denominator
        denominatorUnit
        rate
        shrunk
        reference
        change
        comparedWith
        unit
        points
      }
    }
  }
`);

export const SCORE_FACTS = graphql(`
  query ScoreFacts($role: ChiefRole!, $subjectId: ID!, $period: PeriodInput!, $term: String!, $after: String) {
    scoreFacts(role: $role, subjectId: $subjectId, period: $period, term: $term, first: 20, after: $after) {
      total
      next
      facts {
        eventId
        what
        unitName
        occurredAt
        counted {
          indicator
          label
          value
        }
      }
    }
  }
`);

export const EVENT_AUDIT = graphql(`
  query FactAudit($eventId: ID!) {
    eventAudit(eventId: $eventId) {
      entry {
        eventId
        typeLabel
        kindLabel
        occurredAt
        recordedAt
        daysLate
        lateReason
        source
        unitName
        actor {
          name
          subject
          roleLabel
        }
      }
      corrections {
        eventId
        typeLabel
        recordedAt
        reason
        correctionSummary
        actor {
          name
          subject
          roleLabel
        }
      }
    }
  }
`);
