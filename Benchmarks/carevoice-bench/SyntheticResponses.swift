/// Deterministic synthetic survey responses for the benchmark workload of DESIGN.md §8.
///
/// Every generator (CSV, XML, ODK files) serialises the same responses, so that
/// the readers and loaders are measured on the same content. Response `i` is the
/// same in every run: values come from a SplitMix64 stream seeded by `i`.
/// The matching instrument is `Benchmarks/workspace/instruments/benchmark-survey.yaml`.
struct SyntheticResponses {
  /// The field names, in column order: the respondent fields, then the 20 questions.
  static let fieldNames = [
    "response_id", "submitted", "age_band", "placement",
    "feel_safe", "knows_social_worker", "listened_to", "settled", "trusted_adult",
    "see_family", "school_support", "health_help", "bedroom", "chair_review",
    "activities", "worries", "helped_by", "happy_score", "life_better",
    "social_workers_count", "weeks_in_placement", "going_well", "change_one", "anything_else",
  ]

  static let ageBands = ["8-12", "13-15", "16-17", "18-25"]
  static let placements = ["foster", "kinship", "residential", "supported-lodgings"]
  static let yesSometimesNo = ["Yes", "Sometimes", "No"]
  static let agreeScale = ["Strongly agree", "Agree", "Not sure", "Disagree", "Strongly disagree"]
  static let activities = ["sport", "music", "drama", "youth club", "scouts", "gaming", "art"]
  static let worries = ["school", "friends", "family", "money", "moving", "health"]
  static let helpers = ["carer", "social worker", "teacher", "friend", "advocate", "nobody"]

  static let goingWell = [
    "I like my foster carers, they listen to me",
    "School is going better, I got a merit last week",
    "I see my brother every other Saturday and that is good",
    "My carer helps me with homework, even maths",
    "Football on Tuesdays, I made the team!",
    "I feel settled here, it's calm",
  ]
  static let changeOne = [
    "I want to see my mum more, not just once a month",
    "My social worker keeps changing, I've had 4 this year",
    "I want more pocket money, \"everyone else\" gets more",
    "Wifi at the house is rubbish, I can't do homework",
    "I don't want to move again",
    "More say in my review, people talk about me, not to me",
  ]
  static let anythingElse = [
    "",
    "no",
    "Can my IRO come to school instead?\nI don't like missing lessons",
    "I want to chair my review next time",
    "Thank you for listening, it helps",
  ]

  /// A SplitMix64 stream: fast, deterministic, and good enough to vary synthetic answers.
  struct Stream {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    mutating func pick(_ values: [String]) -> String { values[below(values.count)] }

    /// A few distinct values joined by `separator`; sometimes none.
    ///
    /// Joined by spaces they are ODK choice names, which hold no space
    /// ("youth club" is `youth-club`, the instrument's value), as an ODK `select_multiple` writes them.
    mutating func several(_ values: [String], separator: String) -> String {
      var chosen: [String] = []
      for value in values where below(4) == 0 {
        chosen.append(separator == " " ? value.replacingOccurrences(of: " ", with: "-") : value)
      }
      return chosen.joined(separator: separator)
    }
  }

  /// The values of response `index` (0-based), aligned with ``fieldNames``.
  ///
  /// A `multiple` answer's values are joined by `separator` (`;` for CSV, a space for ODK).
  static func response(_ index: Int, separator: String = ";") -> [String] {
    var stream = Stream(state: UInt64(index) &* 0x2545_F491_4F6C_DD1D &+ 1)
    let quarterStart = [(2025, 4), (2025, 7), (2025, 10), (2026, 1)][index % 4]
    let month = quarterStart.1 + stream.below(3)
    let day = 1 + stream.below(28)
    let submitted = "\(quarterStart.0)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    var values = [
      "R\(index + 1)", submitted, stream.pick(ageBands), stream.pick(placements),
    ]
    for _ in 0..<6 { values.append(stream.below(20) == 0 ? "" : stream.pick(yesSometimesNo)) }
    for _ in 0..<4 { values.append(stream.pick(agreeScale)) }
    values.append(stream.several(activities, separator: separator))
    values.append(stream.several(worries, separator: separator))
    values.append(stream.several(helpers, separator: separator))
    values.append(String(1 + stream.below(10)))
    values.append(stream.pick(agreeScale))
    values.append(String(1 + stream.below(6)))
    values.append(String(stream.below(300)))
    values.append(stream.pick(goingWell))
    values.append(stream.pick(changeOne))
    values.append(stream.pick(anythingElse))
    return values
  }
}
