@_exported import AnkiExport
import ArgumentParser
@_exported import CardModel
@_exported import CueCardExport
@_exported import DocumentOutline
@_exported import DocxExport
@_exported import ExportKit
@_exported import OdtExport
@_exported import PrepModel

/// The formats prepexport knows. Registering a format is one line in `visit`: the command line
/// builds its subcommand from it, and `prepexport formats`, `all`, help and completions follow.
public enum Registry {
  /// Calls `visitor` with each registered format's type, in the order `prepexport formats`
  /// lists them.
  public static func visit<V: FormatVisitor>(_ visitor: inout V) {
    visitor.visit(DocxExporter.self)
    visitor.visit(OdtExporter.self)
    visitor.visit(CueCardExporter.self)
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
  @OptionGroup(title: "Documents (docx, odt)") public var document: DocumentOptions
  @OptionGroup(title: "Cards (cards, anki)") public var cards: CardLayoutOptions

  public init() {}

  public func apply(to options: inout ExportOptions, files: any FileReading) throws {
    try document.apply(to: &options, files: files)
    try cards.apply(to: &options, files: files)
  }
}
