// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tamayuz",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TamayuzCore", targets: ["TamayuzCore"]),
        .library(name: "TamayuzFormats", targets: ["TamayuzFormats"]),
        .library(name: "TamayuzReports", targets: ["TamayuzReports"]),
        .library(name: "TamayuzApplication", targets: ["TamayuzApplication"]),
        .executable(name: "tamayuz", targets: ["tamayuz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
        // libxlsxwriter, seen only by TamayuzWorkbook.
        .systemLibrary(
            name: "Cxlsxwriter",
            path: "Sources/Cxlsxwriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
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
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Writing .xlsx workbooks (sheets, cells, data validation, protection) through
        // libxlsxwriter: the only module that touches its C pointers.
        .target(name: "TamayuzWorkbook", dependencies: ["Cxlsxwriter"]),
        // Renderers: table, JSON, CSV, HTML, the assessment template (XML and workbook).
        .target(name: "TamayuzReports", dependencies: ["TamayuzCore", "TamayuzWorkbook"]),
        // The jobs the tool runs (a jury run, a scoring run, a self-assessment, a file check, a
        // template): each loads its inputs and returns a result model or one failure; no printing.
        .target(name: "TamayuzApplication", dependencies: ["TamayuzCore", "TamayuzFormats", "TamayuzDiagnostics"]),
        // The thin command-line tool: options → job → renderer → output.
        .executableTarget(
            name: "tamayuz",
            dependencies: [
                "TamayuzCore", "TamayuzFormats", "TamayuzReports", "TamayuzApplication", "TamayuzWorkbook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: fixtures built through the real loaders, location
        // markers, temporary directories and the repository's paths. Used only by tests.
        .target(name: "TamayuzTestSupport", dependencies: ["TamayuzCore", "TamayuzFormats"], path: "Tests/TamayuzTestSupport"),
        .testTarget(name: "TamayuzXMLTests", dependencies: ["TamayuzXML", "TamayuzTestSupport"]),
        .testTarget(name: "TamayuzCoreTests", dependencies: ["TamayuzCore", "TamayuzFormats", "TamayuzTestSupport"]),
        .testTarget(name: "TamayuzFormatsTests", dependencies: ["TamayuzFormats", "TamayuzCore", "TamayuzTestSupport"]),
        .testTarget(name: "TamayuzReportsTests", dependencies: ["TamayuzReports", "TamayuzCore", "TamayuzFormats", "TamayuzTestSupport"]),
        .testTarget(name: "TamayuzApplicationTests", dependencies: ["TamayuzApplication", "TamayuzCore", "TamayuzTestSupport"]),
        .testTarget(name: "TamayuzCLITests", dependencies: ["tamayuz", "TamayuzTestSupport"], exclude: ["Hostile"]),
    ],
    swiftLanguageModes: [.v6]
)
