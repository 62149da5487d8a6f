/// What a name written by a person refers to, if anything.
public enum NameMatch<Target: Hashable>: Hashable {
  /// The name equals one target's name, ignoring case and surrounding spaces.
  case exact(Target)
  /// Only letters and digits agree (`Feel safe?` and `feel_safe`).
  case folded(Target)
  /// The name fits more than one target, in the order they were given; an error, never a guess.
  case ambiguous([Target])
  /// The name fits no target.
  case none

  /// The single target matched, exactly or folded.
  public var target: Target? {
    switch self {
    case .exact(let target), .folded(let target): return target
    case .ambiguous, .none: return nil
    }
  }
}

extension NameMatch: Sendable where Target: Sendable {}

/// Finds what a column heading, element name or answer refers to, by DESIGN.md §4's matching rules.
///
/// Built once from every name of every target (a question's id, text and aliases; an option's
/// value, label and aliases), then asked once per column or per distinct answer. A name
/// is looked up as written first, then ignoring case and surrounding spaces, then folded
/// (``Names/folded(_:)``). Names shared by several targets make an ``NameMatch/ambiguous(_:)``.
public struct NameIndex<Target: Hashable> {
  private var verbatim: [String: Target] = [:]
  private var normalized: [String: [Target]] = [:]
  private var folded: [String: [Target]] = [:]

  /// An index of these names, each naming its target; a target may have many names.
  public init(_ names: some Sequence<(name: String, target: Target)>) {
    var verbatimCandidates: [(String, String, Target)] = []
    for (name, target) in names {
      let key = Names.normalized(name)
      guard !key.isEmpty else { continue }
      Self.insert(target, at: key, in: &normalized)
      let foldedKey = Names.folded(name)
      if !foldedKey.isEmpty { Self.insert(target, at: foldedKey, in: &folded) }
      verbatimCandidates.append((name, key, target))
    }
    for (name, key, target) in verbatimCandidates where normalized[key]?.count == 1 {
      verbatim[name] = target
    }
  }

  /// What this name refers to.
  public func match(_ name: String) -> NameMatch<Target> {
    if let target = verbatim[name] { return .exact(target) }
    if let targets = normalized[Names.normalized(name)] {
      return targets.count == 1 ? .exact(targets[0]) : .ambiguous(targets)
    }
    let key = Names.folded(name)
    guard !key.isEmpty, let targets = folded[key] else { return .none }
    return targets.count == 1 ? .folded(targets[0]) : .ambiguous(targets)
  }

  /// The targets that share a name ignoring case and spaces with another target: a definition mistake.
  public var clashes: [(name: String, targets: [Target])] {
    normalized.filter { $0.value.count > 1 }.map { ($0.key, $0.value) }.sorted { $0.name < $1.name }
  }

  private static func insert(_ target: Target, at key: String, in table: inout [String: [Target]]) {
    if let existing = table[key] {
      if !existing.contains(target) { table[key] = existing + [target] }
    } else {
      table[key] = [target]
    }
  }
}

extension NameIndex: Sendable where Target: Sendable {}
