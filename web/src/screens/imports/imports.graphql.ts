import { graphql } from '../../gql';

/** A check or an import as the screen shows it: its progress, its counts, and the report's first lines. */
export const IMPORT_RUN_FIELDS = graphql(`
  fragment ImportRunFields on ImportRun {
    status
    mapping
    startedAt
    finishedAt
    rowsDone
    totalRows
    rowsPerSecond
    recorded
    duplicates
    refused
    rowsWithProblems
    missingColumns
    failure
    reportUrl
    problems {
      row
      column
      problem
      outcome
    }
  }
`);

export const IMPORT_UPLOAD_FIELDS = graphql(`
  fragment ImportUploadFields on ImportUpload {
    uploadId
    fileName
    size
    format
    encoding
    headers
    uploadedAt
    uploadedByName
    check {
      ...ImportRunFields
    }
    run {
      ...ImportRunFields
    }
  }
`);

export const IMPORT_MAPPINGS = graphql(`
  query ImportMappings {
    importMappings {
      name
      version
      title
      source
      notes
      columns
    }
  }
`);

/** The uploads listed: what the list shows, without the reports' lines. */
export const IMPORT_UPLOADS = graphql(`
  query ImportUploads {
    importUploads {
      uploadId
      fileName
      size
      format
      uploadedAt
      uploadedByName
      check {
        status
        mapping
      }
      run {
        status
        rowsDone
        totalRows
      }
    }
  }
`);

export const IMPORT_UPLOAD = graphql(`
  query ImportUpload($uploadId: ID!) {
    importUpload(uploadId: $uploadId) {
      ...ImportUploadFields
    }
  }
`);

export const CHECK_IMPORT = graphql(`
  mutation CheckImport($uploadId: ID!, $mapping: String!) {
    checkImport(uploadId: $uploadId, mapping: $mapping) {
      ...ImportUploadFields
    }
  }
`);

export const RUN_IMPORT = graphql(`
  mutation RunImport($uploadId: ID!) {
    runImport(uploadId: $uploadId) {
      ...ImportUploadFields
    }
  }
`);
