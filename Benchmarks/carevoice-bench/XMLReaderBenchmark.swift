/// Placeholder until written.
enum XMLReaderBenchmark {
  static func run(_ arguments: [String]) throws {}
}
