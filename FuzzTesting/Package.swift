// swift-tools-version:6.0
import Foundation
import PackageDescription

// libFuzzer targets for Tamayuz's untrusted-input surfaces. Kept out of the main package so that
// `swift build` and CI do not pay for them; build and run them with `scripts/fuzz.sh`, which adds
// `-sanitize=fuzzer,address` to every Swift module (the main package's included, so libFuzzer
// sees their coverage).
//
// A path dependency's identity is its folder's name, which differs between checkouts (a CI clone
// lands in a folder of its own), so the name is computed from where this file is.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

func fuzzTarget(_ name: String, dependencies: [Target.Dependency]) -> Target {
    .executableTarget(name: name, dependencies: ["CFuzzDriver", "FuzzSupport"] + dependencies)
}

let package = Package(
    name: "TamayuzFuzzTesting",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "fuzz-criteria", targets: ["FuzzCriteria"]),
        .executable(name: "fuzz-assessment", targets: ["FuzzAssessment"]),
        .executable(name: "fuzz-expression", targets: ["FuzzExpression"]),
        .executable(name: "fuzz-workbook", targets: ["FuzzWorkbook"]),
    ],
    dependencies: [
        .package(path: "..")
    ],
    targets: [
        // Declares libFuzzer's `LLVMFuzzerRunDriver`, so that each target keeps its own `main`.
        .target(name: "CFuzzDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CFuzzDriver", .product(name: "TamayuzCore", package: mainPackage),
                .product(name: "TamayuzFormats", package: mainPackage),
            ]),
        fuzzTarget("FuzzCriteria", dependencies: [
            .product(name: "TamayuzFormats", package: mainPackage), .product(name: "TamayuzReports", package: mainPackage),
        ]),
        fuzzTarget(
            "FuzzAssessment",
            dependencies: [
                .product(name: "TamayuzFormats", package: mainPackage),
                .product(name: "TamayuzCore", package: mainPackage),
            ]),
        fuzzTarget("FuzzExpression", dependencies: [.product(name: "TamayuzCore", package: mainPackage)]),
        fuzzTarget(
            "FuzzWorkbook",
            dependencies: [
                .product(name: "TamayuzFormats", package: mainPackage),
                .product(name: "TamayuzCore", package: mainPackage),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
