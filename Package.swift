// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "prepexport",
  products: [
    .library(name: "PrepExport", targets: ["PrepExport"]),
    .executable(name: "prepexport", targets: ["prepexport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // System-library shims only.
    .systemLibrary(
      name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

    // read → model
    .target(name: "PrepModel", dependencies: ["CCmarkGFM", "Yams"]),
    // what formats share
    .target(
      name: "ExportKit",
      dependencies: ["PrepModel", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    // one target per format; each carries its look, compiled in from Templates/ (the target's
    // `Templates` folder is a link to it, so the files stay editable where the README says)
    .target(
      name: "DocxExport", dependencies: ["PrepModel", "ExportKit"],
      resources: [.embedInCode("Templates/styles.xml"), .embedInCode("Templates/numbering.xml")]),
    .target(
      name: "OdtExport", dependencies: ["PrepModel", "ExportKit"],
      resources: [.embedInCode("Templates/styles.xml"), .embedInCode("Templates/content-styles.xml")]),
    // what the card formats share: which cards a document gives and what each says
    .target(name: "CardModel", dependencies: ["PrepModel", "ExportKit"]),
    .target(name: "CueCardExport", dependencies: ["PrepModel", "ExportKit", "CardModel"]),
    .target(name: "AnkiExport", dependencies: ["PrepModel", "ExportKit", "CardModel"]),
    // the registry: the one module a library user imports
    .target(
      name: "PrepExport",
      dependencies: [
        "PrepModel", "ExportKit", "DocxExport", "OdtExport", "CardModel", "CueCardExport", "AnkiExport",
      ]),
    // the command line
    .executableTarget(
      name: "prepexport",
      dependencies: ["PrepExport", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      resources: [.embedInCode("Templates/prep.md"), .embedInCode("Templates/answers.md")]),

    .target(name: "TestSupport", dependencies: ["PrepExport", "CLibXML2"], path: "Tests/TestSupport"),
    .testTarget(name: "PrepModelTests", dependencies: ["PrepModel", "TestSupport"]),
    .testTarget(name: "ExportKitTests", dependencies: ["ExportKit", "TestSupport"]),
    .testTarget(name: "DocxExportTests", dependencies: ["DocxExport", "TestSupport"]),
    .testTarget(name: "OdtExportTests", dependencies: ["OdtExport", "TestSupport"]),
    .testTarget(name: "CardModelTests", dependencies: ["CardModel", "TestSupport"]),
    .testTarget(name: "CueCardExportTests", dependencies: ["CueCardExport", "CardModel", "TestSupport"]),
    .testTarget(name: "AnkiExportTests", dependencies: ["AnkiExport", "TestSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "PrepExport"]),
  ]
)
