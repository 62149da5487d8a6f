/// A council's Pledge (or Promise) to the children in its care: promises, their evidence, and the actions taken.
public struct Pledge: Sendable, Hashable, Codable {
  public var id: String
  public var title: String
  /// The smallest base on which an indicator gets a colour; below it the indicator is grey.
  public var minimumBase: Int
  public var commitments: [Commitment]

  public init(id: String, title: String, minimumBase: Int = 10, commitments: [Commitment]) {
    self.id = id
    self.title = title
    self.minimumBase = minimumBase
    self.commitments = commitments
  }
}

/// One promise of a Pledge, the survey evidence that shows whether it is kept, and the "You said, we did" actions.
public struct Commitment: Sendable, Hashable, Codable {
  public var id: String
  /// The promise as the council wrote it.
  public var promise: String
  /// The promise in plain words for young people, where the council gave one.
  public var plain: String?
  public var indicators: [Indicator]
  /// Free-text themes linked to the promise, shown with their counts.
  public var themes: [ThemeLink]
  public var actions: [Action]

  public init(
    id: String, promise: String, plain: String? = nil, indicators: [Indicator] = [],
    themes: [ThemeLink] = [], actions: [Action] = []
  ) {
    self.id = id
    self.promise = promise
    self.plain = plain
    self.indicators = indicators
    self.themes = themes
    self.actions = actions
  }
}

/// A free-text theme that speaks to a promise: which question's comments, and which theme of its codebook.
public struct ThemeLink: Sendable, Hashable, Codable {
  public var instrument: String
  public var question: String
  public var theme: String

  public init(instrument: String, question: String, theme: String) {
    self.instrument = instrument
    self.question = question
    self.theme = theme
  }
}

/// The measure of a promise: the share of respondents giving a positive answer to one question.
public struct Indicator: Sendable, Hashable, Codable {
  public var instrument: String
  public var question: String
  /// The option values counted as positive; nil means the options the scale marks positive.
  public var positive: [String]?
  /// The percentage at or above which the promise is rated green.
  public var target: Double
  /// The percentage below which it is rated red.
  public var redBelow: Double

  public init(
    instrument: String, question: String, positive: [String]? = nil, target: Double,
    redBelow: Double
  ) {
    self.instrument = instrument
    self.question = question
    self.positive = positive
    self.target = target
    self.redBelow = redBelow
  }
}

/// A "You said, we did" action: what children said, what the council will do, who, by when, and how it went.
public struct Action: Sendable, Hashable, Codable {
  /// Where an action stands, as its owner reports it.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case completed
    case dropped
  }

  public var id: String
  public var youSaid: String
  public var weWill: String
  public var owner: String
  public var due: Day
  public var status: Status
  public var completedOn: Day?
  /// What was done, in words for the "we did" column, where the owner wrote it.
  public var weDid: String?

  public init(
    id: String, youSaid: String, weWill: String, owner: String, due: Day, status: Status,
    completedOn: Day? = nil, weDid: String? = nil
  ) {
    self.id = id
    self.youSaid = youSaid
    self.weWill = weWill
    self.owner = owner
    self.due = due
    self.status = status
    self.completedOn = completedOn
    self.weDid = weDid
  }
}
