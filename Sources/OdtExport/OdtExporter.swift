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
    let look = OdtLook(document.metadata)
    let content = ContentPart.write(document, options: options, look: look)
    var styles = StylesPart.write(look, metadata: document.metadata)
    if let reference = options.referenceDocument {
      styles = try ReferenceStyles.merge(ours: styles, reference: reference, look: look)
    }
    let fingerprint = FingerprintProperties.properties(
      digests: content.fingerprint, ids: document.allTopics.map(\.topic.id), stamp: BodyStamp(of: content.data))
    return try OdtPackage.archive(
      parts: [
        ("content.xml", content.data),
        ("styles.xml", styles),
        ("meta.xml", Data(MetaPart.write(document.metadata, options: options, extra: fingerprint).bytes)),
        ("settings.xml", Data(SettingsPart.write(options).bytes)),
      ],
      date: options.creationDate)
  }
}
