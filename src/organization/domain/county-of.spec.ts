import { countyOf } from './county-of';

describe('countyOf', () => {
  it("is a county itself, a station's parent, and nothing above the counties", () => {
    expect(countyOf({ unitId: 'county-sx', level: 'COUNTY', parentId: 'city' })).toBe('county-sx');
    expect(countyOf({ unitId: 'st-a', level: 'STATION', parentId: 'county-sx' })).toBe('county-sx');
    expect(countyOf({ unitId: 'city', level: 'CITY', parentId: null })).toBeNull();
    expect(countyOf({ unitId: 'dept', level: 'DEPARTMENT', parentId: 'city' })).toBeNull();
  });
});
