import ExportKit
import Foundation

/// Anki-importable TSV of the cue cards.
public struct AnkiExporter: Exporter {
  public let name = "anki"
  public let fileExtension = "anki.txt"
  public let summary = "Anki-importable TSV of the cue cards"
  public let isBinary = false

  public init() {}

  public func export(_ document: PrepDocument, options: ExportOptions) throws -> Data {
    throw ExportError.packaging("anki is not implemented yet")
  }
}
