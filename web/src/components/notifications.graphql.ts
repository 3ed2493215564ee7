import { graphql } from '../gql';

export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationsFields on Notifications {
    unreadCount
    latestPosition
    items {
      id
      kind
      kindLabel
      title
      detail
      at
      read
      link
    }
  }
`);

export const NOTIFICATIONS_CHANGED = graphql(`
  subscription NotificationsChanged($limit: Int) {
    notificationsChanged(limit: $limit) {
      ...NotificationsFields
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($upTo: String!, $limit: Int) {
    markNotificationsRead(upTo: $upTo, limit: $limit) {
      notifications {
        ...NotificationsFields
      }
    }
  }
`);
