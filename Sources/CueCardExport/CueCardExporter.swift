import ExportKit
import Foundation

/// plain-text cue cards to print, one per page.
public struct CueCardExporter: Exporter {
  public let name = "cards"
  public let fileExtension = "cards.txt"
  public let summary = "plain-text cue cards to print, one per page"
  public let isBinary = false

  public init() {}

  public func export(_ document: PrepDocument, options: ExportOptions) throws -> Data {
    throw ExportError.packaging("cards is not implemented yet")
  }
}
