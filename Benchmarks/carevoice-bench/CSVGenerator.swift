/// Placeholder until written.
enum CSVGenerator {
  static func run(_ arguments: [String]) throws {}
}
