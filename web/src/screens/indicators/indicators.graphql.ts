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
      forwardTime {
        ...StepTimeFields
      }
      checkTime {
        ...StepTimeFields
      }
      comparisons {
        ...ComparisonFields
      }
      outflowAbroad {
        ...ComparisonFields
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
        previous {
          numerator
          denominator
          percent
        }
        yearOnYearPoints
        periodOnPeriodPoints
      }
      byWarningKind {
        ...BreakdownFields
      }
      byFraudType {
        ...BreakdownFields
      }
      byMethod {
        ...BreakdownFields
      }
      byVictimGroup {
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

export const COMPARISON_FIELDS = graphql(`
  fragment ComparisonFields on IndicatorComparison {
    indicator
    label
    section
    current
    lastYear
    previous
    yearOnYearPercent
    periodOnPeriodPercent
  }
`);
