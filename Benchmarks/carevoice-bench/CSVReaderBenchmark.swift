/// Placeholder until written.
enum CSVReaderBenchmark {
  static func run(_ arguments: [String]) throws {}
}
