import { graphql } from '../../gql';

export const INDICATOR_REPORT = graphql(`
  query IndicatorReport($unitId: ID!, $from: Day!, $to: Day!) {
    indicatorReport(unitId: $unitId, from: $from, to: $to) {
      unitId
      unitName
      from
      to
      population
      areaCount
      casesPer10k
      stopEfficiency {
        averageMinutes
        previousAverageMinutes
        periodOnPeriodPercent
      }
      comparisons {
        indicator
        label
        current
        lastYear
        previous
        yearOnYearPercent
        periodOnPeriodPercent
      }
      rates {
        rate
        label
        current {
          numerator
          denominator
          percent
        }
        lastYear {
          numerator
          denominator
          percent
        }
      }
      byWarningKind {
        ...BreakdownFields
      }
      byFraudType {
        ...BreakdownFields
      }
    }
  }
`);

export const BREAKDOWN_FIELDS = graphql(`
  fragment BreakdownFields on IndicatorBreakdownRow {
    key
    label
    comparisons {
      indicator
      current
      lastYear
      yearOnYearPercent
    }
    rates {
      rate
      current {
        numerator
        denominator
        percent
      }
    }
  }
`);

export const MONTH_FIGURES = graphql(`
  query MonthFigures($unitId: ID!, $from: Day!, $to: Day!) {
    indicatorReport(unitId: $unitId, from: $from, to: $to) {
      comparisons {
        indicator
        current
        lastYear
      }
    }
  }
`);

export const UNIT_TREE = graphql(`
  query UnitTree {
    latestFactDay
    counties: units(level: COUNTY) {
      unitId
      name
    }
    stations: units(level: STATION) {
      unitId
      name
      parentId
    }
    city: units(level: CITY) {
      unitId
      name
    }
  }
`);
