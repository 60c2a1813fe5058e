import ExportKit
import Foundation

/// Word document (OOXML) to share with a mentor.
public struct DocxExporter: Exporter {
  public let name = "docx"
  public let fileExtension = "docx"
  public let summary = "Word document (OOXML) to share with a mentor"
  public let isBinary = true

  public init() {}

  public func export(_ document: PrepDocument, options: ExportOptions) throws -> Data {
    throw ExportError.packaging("docx is not implemented yet")
  }
}
