import { graphql } from '../../gql';

export const INSTRUCTION_FIELDS = graphql(`
  fragment BulletinInstructionFields on BulletinInstruction {
    instructionId
    bulletinDay
    bulletinNumber
    text
    dueDay
    issuedOn
    leader {
      name
      roleLabel
    }
    withdrawal {
      reason
    }
    units {
      unitId
      name
      status
      statusLabel
      answer {
        text
        answeredOn
        late
        revision
        answeredByName
      }
      earlierAnswers {
        text
        answeredOn
      }
    }
  }
`);

export const BULLETIN_INSTRUCTIONS = graphql(`
  query BulletinInstructions($day: Day!) {
    bulletinInstructions(bulletinDay: $day) {
      ...BulletinInstructionFields
    }
  }
`);

/** Who may be named: the city leaders who instruct, and the units told to review. */
export const INSTRUCTION_PARTIES = graphql(`
  query InstructionParties($onDay: Day!) {
    chiefs(onDay: $onDay) {
      chiefId
      name
      role
    }
    units {
      unitId
      name
      level
      parentId
    }
  }
`);

export const ISSUE_INSTRUCTION = graphql(`
  mutation IssueBulletinInstruction($input: IssueBulletinInstructionInput!) {
    issueBulletinInstruction(input: $input) {
      instructionId
    }
  }
`);

export const WITHDRAW_INSTRUCTION = graphql(`
  mutation WithdrawBulletinInstruction($input: WithdrawBulletinInstructionInput!) {
    withdrawBulletinInstruction(input: $input) {
      eventIds
    }
  }
`);

export const UNIT_INSTRUCTIONS = graphql(`
  query UnitInstructions($unitId: ID!, $openOnly: Boolean) {
    unitInstructions(unitId: $unitId, openOnly: $openOnly) {
      ...BulletinInstructionFields
    }
  }
`);

export const ANSWER_INSTRUCTION = graphql(`
  mutation AnswerBulletinInstruction($input: AnswerBulletinInstructionInput!) {
    answerBulletinInstruction(input: $input) {
      eventIds
    }
  }
`);
