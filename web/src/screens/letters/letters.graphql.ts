import { graphql } from '../../gql';

export const LETTER_FIELDS = graphql(`
  fragment LetterFields on Letter {
    letterId
    number
    title
    status
    statusLabel
    overdue
    deadline
    issuedOn
    issuer
    signedBy
    findings
    requirements
    htmlUrl
    pdfUrl
    addressee {
      unitId
      name
      countyId
    }
    answers {
      answeredOn
      measures
      late
      returned {
        reason
        deadline
      }
    }
    history {
      eventId
      actionLabel
      statusLabel
      status
      occurredAt
      note
      actor {
        role
        subject
      }
    }
  }
`);

export const LETTERS = graphql(`
  query Letters($filter: LettersFilterInput) {
    letters(filter: $filter) {
      ...LetterFields
    }
    latestFactDay
    counties: units(level: COUNTY) {
      unitId
      name
    }
  }
`);

export const DRAFT_LETTER = graphql(`
  mutation DraftLetter($input: DraftLetterInput!) {
    draftLetter(input: $input) {
      letterId
    }
  }
`);

export const ISSUE_LETTER = graphql(`
  mutation IssueLetter($input: LetterStepInput!) {
    issueLetter(input: $input) {
      letterId
    }
  }
`);

export const DELIVER_LETTER = graphql(`
  mutation DeliverLetter($input: LetterStepInput!) {
    deliverLetter(input: $input) {
      letterId
    }
  }
`);

export const WITHDRAW_LETTER = graphql(`
  mutation WithdrawLetter($input: WithdrawLetterDraftInput!) {
    withdrawLetterDraft(input: $input) {
      letterId
    }
  }
`);

export const ACKNOWLEDGE_LETTER = graphql(`
  mutation AcknowledgeLetter($input: AcknowledgeLetterInput!) {
    acknowledgeLetter(input: $input) {
      letterId
    }
  }
`);

export const ANSWER_LETTER = graphql(`
  mutation AnswerLetter($input: AnswerLetterInput!) {
    answerLetter(input: $input) {
      letterId
    }
  }
`);

export const RETURN_ANSWER = graphql(`
  mutation ReturnLetterAnswer($input: ReturnLetterAnswerInput!) {
    returnLetterAnswer(input: $input) {
      letterId
    }
  }
`);

export const CLOSE_LETTER = graphql(`
  mutation CloseLetter($input: CloseLetterInput!) {
    closeLetter(input: $input) {
      letterId
    }
  }
`);
