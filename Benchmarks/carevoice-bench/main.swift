// The benchmark tool: `CAREVOICE_BENCHMARKS=1 swift run -c release carevoice-bench COMMAND ...`.
// See docs/performance.md for what each command measures and Benchmarks/run-readers.sh for the recorded run.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let commands: [String: ([String]) throws -> Void] = [
  "generate-csv": CSVGenerator.run,
  "generate-xml": XMLGenerator.run,
  "generate-odk": XMLGenerator.runODK,
  "csv-reader": CSVReaderBenchmark.run,
  "xml-reader": XMLReaderBenchmark.run,
  "store": StoreBenchmark.run,
]

guard let name = arguments.first, let command = commands[name] else {
  print("usage: carevoice-bench \(commands.keys.sorted().joined(separator: "|")) ARGS...")
  exit(64)
}
do {
  try command(Array(arguments.dropFirst()))
} catch {
  print("carevoice-bench: \(error)")
  exit(1)
}
