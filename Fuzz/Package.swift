// swift-tools-version: 6.1
// libFuzzer targets for carevoice's readers and adapters, kept out of the main package so that normal builds and
// tests never compile them. Built and run by scripts/fuzz.sh, with AddressSanitizer and libFuzzer's coverage in
// every module (the coverage flag goes to the compiler only, so that linking carevoice does not pull in libFuzzer):
//   swift build --package-path Fuzz -Xswiftc -sanitize=address -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer,address
// Only the fuzz targets link libFuzzer, so the same build also gives an AddressSanitizer `carevoice`
// (swift build --package-path Fuzz --product carevoice), which the sanitizer script runs the CLI tests against.
import PackageDescription

let settings: [SwiftSetting] = [.swiftLanguageMode(.v6), .enableUpcomingFeature("ExistentialAny")]
/// A fuzz target has no `main`: it defines `<Module>_main` itself (see FuzzSupport), and links libFuzzer.
let entry: [SwiftSetting] = settings + [.unsafeFlags(["-parse-as-library"])]
let fuzzer: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
  name: "carevoice-fuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "carevoice", path: "..")],
  targets: [
    .target(name: "FuzzSupport", path: "FuzzSupport", swiftSettings: settings),
    .executableTarget(
      name: "FuzzCSVReader", dependencies: ["FuzzSupport", .product(name: "SurveyFormats", package: "carevoice")],
      path: "FuzzCSVReader", swiftSettings: entry, linkerSettings: fuzzer),
    .executableTarget(
      name: "FuzzXMLReader", dependencies: ["FuzzSupport", .product(name: "SurveyFormats", package: "carevoice")],
      path: "FuzzXMLReader", swiftSettings: entry, linkerSettings: fuzzer),
    .executableTarget(
      name: "FuzzXLSXReader", dependencies: ["FuzzSupport", .product(name: "SurveyFormats", package: "carevoice")],
      path: "FuzzXLSXReader", swiftSettings: entry, linkerSettings: fuzzer),
    .executableTarget(
      name: "FuzzAdapters",
      dependencies: [
        "FuzzSupport", .product(name: "CareVoiceKit", package: "carevoice"),
        .product(name: "SurveyFormats", package: "carevoice"),
      ],
      path: "FuzzAdapters", swiftSettings: entry, linkerSettings: fuzzer),
  ]
)
