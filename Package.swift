// swift-tools-version: 6.1
import PackageDescription

import class Foundation.ProcessInfo

/// Benchmarks compile only when asked for, so normal builds and CI never pay for them.
let benchmarksEnabled = ProcessInfo.processInfo.environment["CAREVOICE_BENCHMARKS"] != nil

let strictSettings: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("ExistentialAny"),
]

var package = Package(
  name: "carevoice",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "carevoice", targets: ["carevoice"]),
    .library(name: "CareVoiceKit", targets: ["CareVoiceKit"]),
    .library(name: "SurveyFormats", targets: ["SurveyFormats"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .systemLibrary(
      name: "CXLSXWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    .target(name: "CSHAExtensions"),
    .target(
      name: "SurveyFormats",
      dependencies: [
        "CLibXML2",
        "CSHAExtensions",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      swiftSettings: strictSettings
    ),
    .target(
      name: "CareVoiceKit",
      dependencies: [
        "SurveyFormats",
        "CXLSXWriter",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Yams", package: "Yams"),
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "carevoice",
      dependencies: [
        "CareVoiceKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "SurveyFormatsTests",
      dependencies: ["SurveyFormats"],
      resources: [.copy("Fixtures")],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "CareVoiceKitTests",
      dependencies: [
        "CareVoiceKit",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Fixtures")],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "carevoiceTests",
      dependencies: ["carevoice", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      exclude: ["Fixtures"],
      swiftSettings: strictSettings
    ),
  ]
)

if benchmarksEnabled {
  package.targets += [
    .executableTarget(
      name: "carevoice-bench",
      dependencies: ["CareVoiceKit", "SurveyFormats"],
      path: "Benchmarks/carevoice-bench",
      swiftSettings: strictSettings
    )
  ]
}
