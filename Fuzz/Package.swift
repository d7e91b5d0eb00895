// swift-tools-version: 6.2
// libFuzzer targets for every reader and loader. Build and run with scripts/fuzz.sh.
import PackageDescription

let formats = ["OTLP", "AgentsSDK", "LangSmith", "Langfuse", "Messages", "TauBench", "Sniff", "Golden", "GateConfig", "Baseline"]

let package = Package(
    name: "tracegate-fuzz",
    dependencies: [.package(name: "tracegate", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [
            .product(name: "TraceIngest", package: "tracegate"), .product(name: "TraceEval", package: "tracegate"),
        ]),
    ] + formats.map { name in
        .executableTarget(name: "Fuzz\(name)", dependencies: ["FuzzSupport"], path: "Sources/Fuzz\(name)")
    }
)
