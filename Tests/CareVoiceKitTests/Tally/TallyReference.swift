import CareVoiceKit

/// Figures worked out straight from the fixture's text rows, by formulas written apart from the library's.
enum TallyReference {
  static let z = 1.959963984540054

  /// Wilson's interval in percent by its closed form (2x + z² ± z√(z² + 4x(n − x)/n)) / 2(n + z²).
  static func wilson(_ x: Int, _ n: Int) -> (lower: Double, upper: Double) {
    let (x, n) = (Double(x), Double(n))
    let root = z * (z * z + 4 * x * (n - x) / n).squareRoot()
    let denominator = 2 * (n + z * z)
    return ((2 * x + z * z - root) / denominator * 100, (2 * x + z * z + root) / denominator * 100)
  }

  /// Newcombe's method 10 for p1 − p2, in percentage points.
  static func newcombe(_ x1: Int, _ n1: Int, _ x2: Int, _ n2: Int) -> (lower: Double, upper: Double) {
    let p1 = Double(x1) / Double(n1) * 100
    let p2 = Double(x2) / Double(n2) * 100
    let w1 = wilson(x1, n1)
    let w2 = wilson(x2, n2)
    let below = ((p1 - w1.lower) * (p1 - w1.lower) + (w2.upper - p2) * (w2.upper - p2)).squareRoot()
    let above = ((w1.upper - p1) * (w1.upper - p1) + (p2 - w2.lower) * (p2 - w2.lower)).squareRoot()
    return (p1 - p2 - below, p1 - p2 + above)
  }

  /// The written answers to question `index` in the rows of `periods` (and of one age band, "not stated" for none).
  static func answers(_ index: Int, periods: [Period], ageBand: String? = nil) -> [String] {
    TallyFixture.rows.filter { row in
      periods.contains(row.period) && (ageBand == nil || (row.ageBand ?? "not stated") == ageBand)
    }.map { $0.answers[index] }
  }

  static func skipped(_ answers: [String]) -> Int { answers.filter { $0.isEmpty }.count }
  static func notShown(_ answers: [String]) -> Int { answers.filter { $0 == "-" }.count }
  static func base(_ answers: [String]) -> Int { answers.count - skipped(answers) - notShown(answers) }

  /// Respondents choosing `value`: for a `multiple` answer, ticking it among others.
  static func count(_ value: String, in answers: [String]) -> Int {
    answers.filter { $0.split(separator: ";").contains { $0 == value } }.count
  }

  /// Whether two numbers agree to a trillionth (they come from differently ordered arithmetic).
  static func close(_ a: Double?, _ b: Double?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) < 1e-9
  }
}
