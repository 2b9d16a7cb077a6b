// What a Relay app asks of chatql, written as Relay writes it: a list component's fragment with
// @connection and @refetchable (usePaginationFragment's loadNext runs the generated pagination
// query with `after`), a record refetched through `node(id:)`, and a mutation whose payload
// updates the normalized record. Only relay-compiler reads this file (`npm run relay`); the tests
// load what it generates in __generated__/ (the `graphql` tag itself throws when run).

import { graphql } from "relay-runtime";

export const servicesScreen = graphql`
  query operationsServicesScreenQuery($first: Int!) {
    ...operationsServicesList_query @arguments(first: $first)
  }
`;

export const servicesList = graphql`
  fragment operationsServicesList_query on Query
  @argumentDefinitions(first: { type: "Int!" }, after: { type: "String" })
  @refetchable(queryName: "operationsServicesListPaginationQuery") {
    services(first: $first, after: $after) @connection(key: "operationsServicesList_services") {
      edges {
        node {
          id
          sid
          friendlyName
        }
      }
    }
  }
`;

export const serviceCard = graphql`
  fragment operationsServiceCard_service on Service @refetchable(queryName: "operationsServiceCardRefetchQuery") {
    id
    friendlyName
    dateUpdated
  }
`;

export const renameService = graphql`
  mutation operationsRenameServiceMutation($input: UpdateServiceInput!) {
    updateService(input: $input) {
      service {
        id
        friendlyName
      }
      userErrors {
        field
        message
      }
    }
  }
`;

export const threadScreen = graphql`
  query operationsThreadScreenQuery($service: ID!, $channel: ID!, $last: Int!) {
    service(sid: $service) {
      channel(sid: $channel) {
        ...operationsThread_channel @arguments(last: $last)
      }
    }
  }
`;

export const thread = graphql`
  fragment operationsThread_channel on Channel
  @argumentDefinitions(last: { type: "Int!" }, before: { type: "String" })
  @refetchable(queryName: "operationsThreadPaginationQuery") {
    id
    messages(last: $last, before: $before) @connection(key: "operationsThread_messages") {
      edges {
        node {
          id
          index
          body
        }
      }
    }
  }
`;
