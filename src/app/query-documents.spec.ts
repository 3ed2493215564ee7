import { QueryDocuments } from './query-documents';

describe('QueryDocuments', () => {
  const documents = new QueryDocuments();

  it('names the root fields by name, through aliases, inline fragments and fragments', () => {
    const text = `query Bell { mine: notifications { unreadCount } ...More ... on Query { units { unitId } } }
      fragment More on Query { ranking: latestFactDay ...More }`;
    expect(documents.operation(text, 'Bell')).toEqual({
      queryOnly: true,
      rootFields: null,
      fieldNames: ['notifications', 'latestFactDay', 'units'],
    });
    expect(documents.operation(`{ a: notifications { unreadCount } b: units { unitId } }`, undefined)).toEqual({
      queryOnly: true,
      rootFields: ['a', 'b'],
      fieldNames: ['notifications', 'units'],
    });
  });

  it('knows nothing of text that does not parse', () => {
    expect(documents.operation('{ notifications {', undefined)).toBeNull();
  });
});
