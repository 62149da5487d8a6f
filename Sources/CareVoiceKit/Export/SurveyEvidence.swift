/// Everything a survey's reports are built from: the instrument, its tally and its coded comments for one period.
///
/// A plain value: ``ReportQuery`` reads it from the store, tests write it as literals.
public struct SurveyEvidence: Sendable {
  /// The survey's definition.
  public var instrument: Instrument
  /// The tally of the reported period, broken down by the instrument's first attribute, with trends over every period.
  public var tally: InstrumentTally
  /// The coded comments of the reported period.
  public var themes: ThemesReport
  /// The coded comments of every loaded period, for the change in themes since the period before (`byPeriod`).
  public var themesOverTime: ThemesReport?
  /// The period reported on; nil when nothing is loaded.
  public var period: Period?
  /// The day the report is as of.
  public var asOf: Day

  public init(
    instrument: Instrument, tally: InstrumentTally, themes: ThemesReport, themesOverTime: ThemesReport? = nil,
    period: Period?, asOf: Day
  ) {
    self.instrument = instrument
    self.tally = tally
    self.themes = themes
    self.themesOverTime = themesOverTime
    self.period = period
    self.asOf = asOf
  }

  /// The small-number rule the tally was hidden by.
  var rule: DisclosureRule { DisclosureRule(minimumCell: tally.minimumCell) }

  /// The attribute the tally is broken down by, if any.
  var breakdownAttribute: Attribute? {
    instrument.respondent.attributes.first { $0.id == tally.breakdown }
  }
}
