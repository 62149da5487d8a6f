/// Placeholder until written.
enum XMLGenerator {
  static func run(_ arguments: [String]) throws {}
}
