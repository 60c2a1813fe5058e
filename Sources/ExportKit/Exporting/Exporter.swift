import Foundation
@_exported import PrepModel

/// A format prepexport can write. A new format is one type conforming to this protocol, in
/// its own target, registered in `PrepExport.Registry`; the CLI and `prepexport formats`
/// derive from the registry.
public protocol Exporter: Sendable {
  /// The command and format name: "docx".
  var name: String { get }
  /// The extension of files it writes, without the dot: "docx", "cards.txt".
  var fileExtension: String { get }
  /// One line for `prepexport formats` and `--help`.
  var summary: String { get }
  /// Whether the output is binary (refused on a terminal with `-o -`).
  var isBinary: Bool { get }
  /// Which command-line options the format takes (a requirement, so that `any Exporter`
  /// dispatches to a format's own answer).
  var optionKind: ExporterOptionKind { get }
  /// Renders the document. Pure: everything it needs from the outside is in `options`.
  func export(_ document: PrepDocument, options: ExportOptions) throws -> Data
  /// Renders the document, with what the user should be told about it (what was left out
  /// of a reference document). By default, `export` without warnings.
  func render(_ document: PrepDocument, options: ExportOptions) throws -> ExportResult
}

/// Which family of command-line options a format takes.
public enum ExporterOptionKind: Sendable {
  /// `--toc`, `--review`, `--reference-doc`…: documents to share.
  case document
  /// `--size`, `--border`, `--separator`, `--duplex`: cards.
  case cards
}

extension Exporter {
  /// Documents by default; card formats say `.cards`.
  public var optionKind: ExporterOptionKind { .document }

  public func render(_ document: PrepDocument, options: ExportOptions) throws -> ExportResult {
    ExportResult(data: try export(document, options: options))
  }
}
