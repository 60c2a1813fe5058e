import ExportKit
import Foundation

/// OpenDocument text (ODF 1.3) to share with a mentor.
public struct OdtExporter: Exporter {
  public let name = "odt"
  public let fileExtension = "odt"
  public let summary = "OpenDocument text (ODF 1.3) to share with a mentor"
  public let isBinary = true

  public init() {}

  public func export(_ document: PrepDocument, options: ExportOptions) throws -> Data {
    throw ExportError.packaging("odt is not implemented yet")
  }
}
