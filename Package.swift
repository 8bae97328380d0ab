// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tamayuz",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TamayuzCore", targets: ["TamayuzCore"]),
        .library(name: "TamayuzFormats", targets: ["TamayuzFormats"]),
        .library(name: "TamayuzReports", targets: ["TamayuzReports"]),
        .executable(name: "tamayuz", targets: ["tamayuz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // libxml2, seen only by TamayuzXML.
        .systemLibrary(
            name: "Clibxml2",
            path: "Sources/Clibxml2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The paths of temporary outputs, for the signal handlers that unlink them.
        .target(name: "COutputCleanup"),
        // Located findings (file:line:column), shared by every layer.
        .target(name: "TamayuzDiagnostics"),
        // The only module that touches C pointers: safe parsing, XSD validation, located errors.
        .target(name: "TamayuzXML", dependencies: ["Clibxml2", "TamayuzDiagnostics"]),
        // The model, the expression language, scoring and comparison. Pure: no I/O, no printing.
        .target(name: "TamayuzCore", dependencies: ["TamayuzDiagnostics"]),
        // Loading files (criteria, assessments, CSV answers, earlier results) into the model.
        .target(
            name: "TamayuzFormats",
            dependencies: [
                "TamayuzCore", "TamayuzXML", "TamayuzDiagnostics", "COutputCleanup",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Renderers: table, JSON, CSV, HTML.
        .target(name: "TamayuzReports", dependencies: ["TamayuzCore"]),
        // The thin command-line tool.
        .executableTarget(
            name: "tamayuz",
            dependencies: [
                "TamayuzCore", "TamayuzFormats", "TamayuzReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TamayuzXMLTests", dependencies: ["TamayuzXML"]),
        .testTarget(name: "TamayuzCoreTests", dependencies: ["TamayuzCore"]),
        .testTarget(name: "TamayuzFormatsTests", dependencies: ["TamayuzFormats", "TamayuzCore"]),
        .testTarget(name: "TamayuzScoringTests", dependencies: ["TamayuzCore", "TamayuzFormats"]),
        .testTarget(name: "TamayuzReportsTests", dependencies: ["TamayuzReports", "TamayuzCore", "TamayuzFormats"]),
        .testTarget(name: "TamayuzCLITests", dependencies: ["tamayuz"], exclude: ["Hostile"]),
    ],
    swiftLanguageModes: [.v6]
)
