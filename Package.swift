// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "prepexport",
  products: [
    .library(name: "PrepExport", targets: ["PrepExport"]),
    .executable(name: "prepexport", targets: ["prepexport"]),
    // Cue cards drawn into a PDF with Pango and Cairo. A program of its own, so that the
    // main binary never loads those libraries (~40 shared libraries, ~3 ms on every start).
    .executable(name: "prepexport-card-pdf", targets: ["prepexport-card-pdf"]),
    .library(name: "CardPDFDrawing", targets: ["CardPDFDrawing"]),
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
    .systemLibrary(
      name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),

    // read → model
    .target(name: "PrepModel", dependencies: ["CCmarkGFM", "Yams"]),
    // what formats share
    .target(
      name: "ExportKit",
      dependencies: [
        "PrepModel", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // the one walk over the model that document formats share: order and placement
    .target(
      name: "DocumentOutline",
      dependencies: ["PrepModel", "ExportKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    // one target per format; each carries its look, compiled in from Templates/ (the target's
    // `Templates` folder is a link to it, so the files stay editable where the README says)
    .target(
      name: "DocxExport", dependencies: ["PrepModel", "ExportKit", "DocumentOutline"],
      resources: [.embedInCode("Templates/styles.xml"), .embedInCode("Templates/numbering.xml")]),
    .target(
      name: "OdtExport", dependencies: ["PrepModel", "ExportKit", "DocumentOutline"],
      resources: [.embedInCode("Templates/styles.xml"), .embedInCode("Templates/content-styles.xml")]),
    // what the card formats share: which cards a document gives and what each says
    .target(
      name: "CardModel",
      dependencies: ["PrepModel", "ExportKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .target(name: "CueCardExport", dependencies: ["PrepModel", "ExportKit", "CardModel"]),
    .target(name: "AnkiExport", dependencies: ["PrepModel", "ExportKit", "CardModel"]),
    // PDF cards: the format hands the cards to prepexport-card-pdf, which draws them.
    .target(name: "CardPDFExport", dependencies: ["PrepModel", "ExportKit", "CardModel"]),
    .target(name: "CardPDFDrawing", dependencies: ["CardModel", "ExportKit", "CPangoCairo"]),
    .executableTarget(name: "prepexport-card-pdf", dependencies: ["CardPDFDrawing"]),
    // The whole document as PDF: another format's package converted by LibreOffice.
    .target(name: "PdfExport", dependencies: ["PrepModel", "ExportKit"]),
    // the registry: the one module a library user imports
    .target(
      name: "PrepExport",
      dependencies: [
        "PrepModel", "ExportKit", "DocxExport", "OdtExport", "CardModel", "CueCardExport", "AnkiExport",
        "CardPDFExport", "PdfExport",
      ]),
    // the command line
    .executableTarget(
      name: "prepexport",
      dependencies: ["PrepExport", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      resources: ["prep", "answers"].flatMap { stem in
        ["zh", "ja", "en"].map { .embedInCode("Templates/\(stem)-\($0).md") }
      }),

    .target(name: "TestSupport", dependencies: ["PrepExport", "CLibXML2"], path: "Tests/TestSupport"),
    .testTarget(name: "PrepModelTests", dependencies: ["PrepModel", "TestSupport"]),
    .testTarget(name: "ExportKitTests", dependencies: ["ExportKit", "TestSupport"]),
    .testTarget(name: "DocxExportTests", dependencies: ["DocxExport", "TestSupport"]),
    .testTarget(name: "OdtExportTests", dependencies: ["OdtExport", "TestSupport"]),
    .testTarget(name: "CardModelTests", dependencies: ["CardModel", "TestSupport"]),
    .testTarget(name: "CueCardExportTests", dependencies: ["CueCardExport", "CardModel", "TestSupport"]),
    .testTarget(name: "AnkiExportTests", dependencies: ["AnkiExport", "TestSupport"]),
    .testTarget(name: "CardPDFTests", dependencies: ["CardPDFExport", "CardPDFDrawing", "CardModel", "TestSupport"]),
    .testTarget(name: "PdfExportTests", dependencies: ["PdfExport", "TestSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "PrepExport"]),
    // the command line's own logic (suggestions, batch names, file sniffing), without a process
    .testTarget(name: "CommandLineTests", dependencies: ["prepexport", "TestSupport"]),
  ]
)
