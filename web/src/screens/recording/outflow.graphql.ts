import { graphql } from '../../gql';

export const REGISTER_OUTFLOW = graphql(`
  mutation RegisterOutflow($input: RegisterOutflowInput!) {
    registerOutflow(input: $input) {
      eventIds
    }
  }
`);

export const RECORD_OUTFLOW_RETURN = graphql(`
  mutation RecordOutflowReturn($input: RecordOutflowReturnInput!) {
    recordOutflowReturn(input: $input) {
      eventIds
    }
  }
`);

export const RETRACT_OUTFLOW_FACT = graphql(`
  mutation RetractOutflowFact($input: RetractOutflowFactInput!) {
    retractOutflowFact(input: $input) {
      eventIds
    }
  }
`);
