import ArgumentParser
import Foundation
@_exported import PrepModel

/// A format prepexport can write. A new format is one type conforming to this protocol, in its
/// own target, registered in `PrepExport.Registry`: the CLI builds a real subcommand from it
/// (its name, summary and `Options`), and `prepexport formats`, `all`, help and completions
/// derive from the registry.
public protocol Exporter: Sendable {
  /// The format's own command-line options (swift-argument-parser), which put their values into
  /// `ExportOptions` for `export`.
  associatedtype Options: FormatOptions

  init()
  /// The command and format name: "docx".
  var name: String { get }
  /// The extension of files it writes, without the dot: "docx", "cards.txt".
  var fileExtension: String { get }
  /// One line for `prepexport formats` and `--help`.
  var summary: String { get }
  /// Whether the output is binary (refused on a terminal with `-o -`).
  var isBinary: Bool { get }
  /// Renders the document. Pure: everything it needs from the outside is in `options`.
  func export(_ document: PrepDocument, options: ExportOptions) throws -> ExportProduct
  /// What an existing file of this format holds that prepexport did not write (a mentor's
  /// review), so that it is not overwritten; nil when it holds nothing of the kind. Formats that
  /// cannot be reviewed say nil.
  func inspectExisting(_ data: Data, name: String) -> ReviewFindings?
  /// Whether an export runs another program (LibreOffice, the card drawing program): such a
  /// format is left out of batches and of `watch` unless it is named, since it costs a start of
  /// that program per document.
  var runsExternalProgram: Bool { get }
}

extension Exporter {
  /// Most formats render in process.
  public var runsExternalProgram: Bool { false }
}

/// A format's command-line options: parsed by swift-argument-parser, then applied to the
/// options every exporter reads.
public protocol FormatOptions: ParsableArguments, Sendable {
  /// Puts the values given on the command line into `options`; `files` reads the files they
  /// name (the file-system edge stays in the command line).
  func apply(to options: inout ExportOptions, files: any FileReading) throws
}

/// Reads the files that options name (a reference document), with the checks of the command
/// line's edge (size limits, directories).
public protocol FileReading: Sendable {
  func read(_ path: String, as kind: String) throws -> Data
}

/// What an export gives: the file's bytes, and warnings to show (what a reference document
/// held that could not be used…).
public struct ExportProduct: Sendable {
  public var data: Data
  public var warnings: [String]

  public init(data: Data, warnings: [String] = []) {
    self.data = data
    self.warnings = warnings
  }
}

/// A format with no options of its own.
public struct NoOptions: FormatOptions {
  public init() {}
  public func apply(to options: inout ExportOptions, files: any FileReading) throws {}
}
