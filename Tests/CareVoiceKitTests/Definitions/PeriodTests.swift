import CareVoiceKit
import Testing

@Suite struct PeriodTests {
  @Test(
    "derives the English financial quarter from a day",
    arguments: [
      ("2025-03-31", "2024-25 Q4"), ("2025-04-01", "2025-26 Q1"), ("2025-06-30", "2025-26 Q1"),
      ("2025-07-01", "2025-26 Q2"), ("2025-12-31", "2025-26 Q3"), ("2026-01-01", "2025-26 Q4"),
    ])
  func quarterOfDay(day: String, label: String) throws {
    let period = Period.containing(try #require(Day(iso: day)))
    #expect(period.description == label)
    #expect(period.contains(try #require(Day(iso: day))))
  }

  @Test("derives the financial year at its boundary")
  func yearBoundary() throws {
    #expect(Period.containing(try #require(Day(iso: "2025-03-31")), granularity: .year).description == "2024-25")
    #expect(Period.containing(try #require(Day(iso: "2025-04-01")), granularity: .year).description == "2025-26")
  }

  @Test(
    "reads labels, treating an ambiguous one as a financial year",
    arguments: [
      ("2025-26 Q1", Period.quarter(year: 2025, quarter: 1)),
      ("2025-26", Period.financialYear(2025)),
      ("2025-09", Period.month(year: 2025, month: 9)),
      ("2010-11", Period.financialYear(2010)),
      ("1999-00 Q4", Period.quarter(year: 1999, quarter: 4)),
    ])
  func readsLabels(label: String, period: Period) {
    #expect(Period(label: label) == period)
    #expect(period.description == label)
  }

  @Test("refuses labels that are no period", arguments: ["2025", "2025-13", "2025-27 Q1", "2025-26 Q5", "Q1"])
  func refusesNonsense(label: String) {
    #expect(Period(label: label) == nil)
  }

  @Test("knows where each period starts and ends")
  func startAndEnd() {
    #expect(Period.quarter(year: 2025, quarter: 4).start.description == "2026-01-01")
    #expect(Period.quarter(year: 2025, quarter: 4).end.description == "2026-03-31")
    #expect(Period.financialYear(2023).end.description == "2024-03-31")
    #expect(Period.month(year: 2024, month: 2).end.description == "2024-02-29")
  }

  @Test("orders periods by their first day")
  func ordering() {
    let sorted = [
      Period.quarter(year: 2025, quarter: 1), .quarter(year: 2024, quarter: 4), .quarter(year: 2025, quarter: 3),
    ].sorted()
    #expect(sorted.map(\.description) == ["2024-25 Q4", "2025-26 Q1", "2025-26 Q3"])
  }
}

@Suite struct DayTests {
  @Test("refuses days that do not exist")
  func refusesImpossibleDays() {
    #expect(Day(year: 2025, month: 2, day: 31) == nil)
    #expect(Day(iso: "2025-02-29") == nil)
    #expect(Day(iso: "2024-02-29") != nil)
  }

  @Test("reads ISO dates with or without a time")
  func readsIso() {
    #expect(Day(iso: "2025-07-01T11:13:44Z")?.description == "2025-07-01")
    #expect(Day(iso: "2025-07-01 11:13:44")?.description == "2025-07-01")
    #expect(Day(iso: "2025-07-01x") == nil)
  }

  @Test("counts days across month and year ends")
  func arithmetic() throws {
    let day = try #require(Day(iso: "2025-12-31"))
    #expect(day.adding(days: 1).description == "2026-01-01")
    #expect(day.adding(days: -365).description == "2024-12-31")
    #expect(Day(ordinal: 0).description == "1970-01-01")
  }
}
