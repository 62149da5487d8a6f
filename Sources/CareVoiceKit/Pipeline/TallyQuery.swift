import SurveyFormats

/// The tally of an instrument's stored responses: read from the store, counted, and disclosure-controlled.
public enum TallyQuery {
  /// Tallies every stored response of `instrument` in `periods` (all loaded periods when nil or empty).
  ///
  /// Returns the tally and the store's warnings about answers the current definition cannot hold.
  public static func run(
    instrument: Instrument, periods: [Period]?, breakdown: Breakdown = .none, rule: DisclosureRule,
    store: Store
  ) throws -> (tally: InstrumentTally, warnings: [Diagnostic]) {
    var accumulator = try TallyAccumulator(instrument: instrument, breakdown: breakdown)
    let wanted = periods?.isEmpty == false ? periods : nil
    let warnings = try store.forEachResponse(instrument: instrument, periods: wanted, includeText: false) {
      response, period in accumulator.add(response, period: period)
    }
    return (accumulator.tally(periods: wanted, rule: rule), warnings)
  }
}
