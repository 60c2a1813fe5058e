import ExportKit
import Foundation

/// OpenDocument text (ODF 1.3, strict: no extension namespaces) to share with a mentor.
///
/// The phases, each in its own folder: the body (`Body/`, content.xml written in one pass),
/// the styles (`Styles/`, the compiled-in template filled with fonts, languages and page),
/// an optional merge with the user's reference document (`Reference/`), the properties and
/// settings (`Properties/`), and the package (`Package/`).
public struct OdtExporter: Exporter {
  public let name = "odt"
  public let fileExtension = "odt"
  public let summary = "OpenDocument text (ODF 1.3) to share with a mentor"
  public let isBinary = true

  public init() {}

  public func export(_ document: PrepDocument, options: ExportOptions) throws -> Data {
    try render(document, options: options).data
  }

  public func render(_ document: PrepDocument, options: ExportOptions) throws -> ExportResult {
    let look = OdtLook(document.metadata)
    let content = try ContentPart.write(document, options: options, look: look)
    var styles = try StylesPart.write(look, metadata: document.metadata)
    var warnings: [ExportWarning] = []
    if let reference = options.referenceDocument {
      let merged = try ReferenceStyles.merge(ours: styles, reference: reference, look: look)
      styles = merged.data
      warnings = merged.warnings
    }
    let package = try OdtPackage.archive(
      parts: [
        ("content.xml", content),
        ("styles.xml", styles),
        ("meta.xml", Data(MetaPart.write(document.metadata, options: options).bytes)),
        ("settings.xml", Data(SettingsPart.write(options).bytes)),
      ],
      date: options.creationDate)
    return ExportResult(data: package, warnings: warnings)
  }
}
