import { graphql } from '../../gql';

export const BULLETIN_FIGURES = graphql(`
  fragment BulletinFiguresFields on BulletinFigures {
    alerts
    warningsReceived
    faceToFace
    faceToFaceRate
    dissuaded
    cases
    loss
    casesSolved
    suspectsApprehended
    stopped
    frozen
    returned
    recovered
  }
`);

export const BULLETIN_LIST = graphql(`
  query BulletinList($from: Day!, $to: Day!) {
    bulletins(from: $from, to: $to) {
      day
      number
    }
    latestFactDay
    bureau: units(level: CITY) {
      name
    }
  }
`);

export const BULLETIN = graphql(`
  query PublishedBulletin($day: Day!) {
    bulletin(day: $day) {
      day
      number
      text
      hash
      publishedAt
      publishedBy {
        subject
        role
      }
      figures {
        ...BulletinFiguresFields
      }
      restatement {
        changed
        differences {
          field
          label
          published
          current
        }
        changedBy {
          eventId
          typeLabel
          recordedAt
          summary
        }
      }
    }
  }
`);

export const BULLETIN_DRAFT = graphql(`
  query BulletinDraft($day: Day!) {
    bulletinDraft(day: $day) {
      day
      text
      figures {
        ...BulletinFiguresFields
      }
    }
  }
`);

export const PUBLISH_BULLETIN = graphql(`
  mutation PublishBulletin($day: Day!) {
    publishBulletin(day: $day) {
      eventIds
    }
  }
`);
