// swift-tools-version: 6.2
import PackageDescription

/// Strict settings for every target of ours: Swift 6 language mode, warnings are errors.
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "tracegate",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tracegate", targets: ["tracegate"]),
        .library(name: "TraceModel", targets: ["TraceModel"]),
        .library(name: "TraceJSON", targets: ["TraceJSON"]),
        .library(name: "TraceIngest", targets: ["TraceIngest"]),
        .library(name: "TraceStore", targets: ["TraceStore"]),
        .library(name: "TraceEval", targets: ["TraceEval"]),
        .library(name: "TraceReport", targets: ["TraceReport"]),
        .library(name: "TraceServe", targets: ["TraceServe"]),
        .library(name: "TracePostgres", targets: ["TracePostgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .target(name: "TraceModel", swiftSettings: strict),
        .target(
            name: "CSimdJSON",
            linkerSettings: [.linkedLibrary("simdjson")]
        ),
        .target(name: "TraceJSON", dependencies: ["TraceModel", "CSimdJSON"], swiftSettings: strict),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(name: "CMemory"),
        .systemLibrary(name: "CZstd", path: "Sources/CZstd"),
        .target(
            name: "TraceIngest",
            dependencies: ["TraceModel", "TraceJSON", "CZlib", "CZstd", "CMemory", .product(name: "SwiftProtobuf", package: "swift-protobuf")],
            swiftSettings: strict
        ),
        .target(
            name: "TraceStore",
            dependencies: [
                "TraceModel", "TraceJSON", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "TracePostgres",
            dependencies: [
                "TraceModel", "TraceStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "TraceEval",
            dependencies: ["TraceModel", "TraceJSON", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(name: "TraceReport", dependencies: ["TraceEval", "TraceModel"], swiftSettings: strict),
        .target(
            name: "TraceServe",
            dependencies: [
                "TraceModel", "TraceJSON", "TraceIngest", "TraceStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "tracegate",
            dependencies: [
                "TraceModel", "TraceJSON", "TraceIngest", "TraceStore", "TracePostgres", "TraceEval", "TraceReport", "TraceServe", "CMemory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/model-prices.json")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "tracegate-datagen",
            dependencies: ["TraceModel", "TraceIngest", "TraceEval"],
            path: "Sources/DemoDataGenerator",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "tracegate-bench",
            dependencies: ["TraceModel", "TraceJSON", "TraceIngest", "TraceStore", "TraceEval", "TraceReport"],
            path: "Benchmarks/Sources/TraceBench",
            swiftSettings: strict
        ),
        .testTarget(
            name: "TraceModelTests",
            dependencies: ["TraceModel"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TraceIngestTests",
            dependencies: ["TraceIngest", "TraceJSON", "TraceModel", "TestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strict),
        .target(name: "StoreTestSupport", dependencies: ["TraceStore", "TracePostgres", "TestSupport"], path: "Tests/StoreTestSupport",
                swiftSettings: strict),
        .testTarget(
            name: "TraceStoreTests",
            dependencies: ["TraceStore", "TracePostgres", "StoreTestSupport", "TraceIngest", "TraceModel", "TestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TraceEvalTests",
            dependencies: ["TraceEval", "TraceIngest", "TraceModel", .product(name: "Yams", package: "Yams"), "TestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TraceReportTests",
            dependencies: ["TraceReport", "TraceEval", "TraceModel", "TestSupport"],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TraceServeTests",
            dependencies: ["TraceServe", "TraceIngest", "TraceModel"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["tracegate", "tracegate-datagen", "TraceStore", "TracePostgres", "StoreTestSupport", "TraceModel", "TestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
    ],
    cxxLanguageStandard: .cxx17
)
