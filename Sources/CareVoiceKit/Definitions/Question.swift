/// One question of an instrument, with the answers it accepts.
public struct Question: Sendable, Hashable, Codable {
  /// How a question is answered.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// One option.
    case single
    /// Any number of options, including none.
    case multiple
    /// One option of an ordered scale (agree–disagree, faces, 1–5).
    case scale
    /// A number.
    case number
    /// Free text, coded into themes by a codebook.
    case text
  }

  public var id: String
  public var text: String
  public var type: Kind
  /// The options, in the order the form shows them; empty for `number` and `text`.
  public var options: [Option]
  /// The named scale the options came from, if any.
  public var scale: String?
  /// The domain the question belongs to, for theme-level scores.
  public var theme: String?
  /// Other column or element names that mean this question.
  public var aliases: [String]
  /// The codebook that codes a `text` question's answers.
  public var codebook: String?

  public init(
    id: String, text: String, type: Kind, options: [Option] = [], scale: String? = nil,
    theme: String? = nil, aliases: [String] = [], codebook: String? = nil
  ) {
    self.id = id
    self.text = text
    self.type = type
    self.options = options
    self.scale = scale
    self.theme = theme
    self.aliases = aliases
    self.codebook = codebook
  }

  /// Whether answers to the question are chosen from ``options``.
  public var hasOptions: Bool { type == .single || type == .multiple || type == .scale }

  /// The positions of the options marked positive.
  public var positiveOptions: ChoiceSet {
    ChoiceSet(options.indices.filter { options[$0].isPositive })
  }
}

/// One answer a question accepts: its stored value, what the form shows, and other spellings of it.
public struct Option: Sendable, Hashable, Codable {
  /// The value stored and reported; always text, even when the YAML says `yes` or `1`.
  public var value: String
  public var label: String
  public var aliases: [String]
  /// Whether the option counts towards the question's positive share.
  public var isPositive: Bool
  /// The number the option stands for on a numeric scale (1–5), for means.
  public var score: Double?

  public init(
    value: String, label: String? = nil, aliases: [String] = [], isPositive: Bool = false,
    score: Double? = nil
  ) {
    self.value = value
    self.label = label ?? value
    self.aliases = aliases
    self.isPositive = isPositive
    self.score = score
  }
}
