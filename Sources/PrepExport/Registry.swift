@_exported import AnkiExport
import ArgumentParser
@_exported import CardModel
@_exported import CardPDFExport
@_exported import CueCardExport
@_exported import DocumentOutline
@_exported import DocxExport
@_exported import ExportKit
@_exported import OdtExport
@_exported import PdfExport
@_exported import PrepModel

/// The formats prepexport knows. Registering a format is one line in `visit`: the command line
/// builds its subcommand from it, and `prepexport formats`, `all`, help and completions follow.
public enum Registry {
  /// Calls `visitor` with each registered format's type, in the order `prepexport formats`
  /// lists them.
  public static func visit<V: FormatVisitor>(_ visitor: inout V) {
    visitor.visit(DocxExporter.self)
    visitor.visit(OdtExporter.self)
    // The ODT, converted to PDF by LibreOffice.
    visitor.visit(DocumentPDFExporter<OdtExporter>.self)
    visitor.visit(CueCardExporter.self)
    visitor.visit(CardPDFExporter.self)
    visitor.visit(AnkiExporter.self)
  }

  /// Every registered exporter.
  public static let exporters: [any Exporter] = {
    var collector = Collector()
    visit(&collector)
    return collector.exporters
  }()

  /// The exporter with this name.
  public static func exporter(named name: String) -> (any Exporter)? {
    exporters.first { $0.name == name }
  }

  private struct Collector: FormatVisitor {
    var exporters: [any Exporter] = []
    mutating func visit<F: Exporter>(_ format: F.Type) { exporters.append(F()) }
  }
}

/// Code that needs each registered format's static type.
public protocol FormatVisitor {
  mutating func visit<F: Exporter>(_ format: F.Type)
}

/// The options of every registered format, for `prepexport all`: each option family once.
/// A format with options of a new family adds that family here when it is registered.
public struct AllFormatsOptions: FormatOptions {
  @OptionGroup(title: "Documents (docx, odt, pdf)") public var document: DocumentOptions
  @OptionGroup(title: "Cards (cards, cards-pdf)") public var cards: CardPageOptions
  @OptionGroup(title: "Text cards (cards)") public var frame: TextCardOptions
  @OptionGroup(title: "Printed cards (cards-pdf)") public var paper: PaperOptions
  @OptionGroup(title: "Anki (anki)") public var deck: DeckOptions

  public init() {}

  public func validate() throws {
    guard cards.size.stock != nil else {
      throw ValidationError("--size \(cards.size): all writes printed cards too, which are 3x5, 4x6 or a6")
    }
  }

  public func apply(to options: inout ExportOptions, files: any FileReading) throws {
    try document.apply(to: &options, files: files)
    try cards.apply(to: &options, files: files)
    try frame.apply(to: &options, files: files)
    try paper.apply(to: &options, files: files)
    try deck.apply(to: &options, files: files)
  }
}
