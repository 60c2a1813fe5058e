import DocumentOutline
import ExportKit
import Foundation

/// OpenDocument text (ODF 1.3, strict: no extension namespaces) to share with a mentor.
///
/// The phases, each in its own folder: the body (`Body/`, content.xml written in one pass),
/// the styles (`Styles/`, the compiled-in template filled with fonts, languages and page),
/// an optional merge with the user's reference document (`Reference/`), the properties and
/// settings (`Properties/`), and the package (`Package/`).
public struct OdtExporter: Exporter {
  public typealias Options = DocumentOptions
  public let name = "odt"
  public let fileExtension = "odt"
  public let summary = "OpenDocument text (ODF 1.3) to share with a mentor"
  public let isBinary = true

  public init() {}

  public func export(_ document: PrepDocument, options: ExportOptions) throws -> ExportProduct {
    let look = OdtLook(document.metadata)
    let plan = DocumentPlan(document, tableOfContents: options.tableOfContents, review: options.review)
    let content = try ContentPart.write(document, plan: plan, look: look)

    var styles = try StylesPart.write(look, metadata: document.metadata)
    var warnings: [ExportWarning] = []
    if let reference = options.referenceDocument {
      let merged = try ReferenceStyles.merge(ours: styles, reference: reference, look: look)
      styles = merged.data
      warnings = merged.warnings
    }
    let data = try OdtPackage.archive(
      parts: [
        ("content.xml", content.pieces),
        ("styles.xml", [.data(styles)]),
        ("settings.xml", ZipPackager.pieces(of: SettingsPart.write(options))),
      ],
      // The properties record the body's checksum, known once content.xml is packed.
      deferred: [
        (
          "meta.xml",
          { packed in
            let stamp = packed("content.xml").map { BodyStamp(crc32: $0.crc32, size: $0.size) }
            let fingerprint = FingerprintProperties.properties(
              digests: content.fingerprint, ids: content.headingIDs, stamp: stamp)
            return ZipPackager.pieces(of: MetaPart.write(document.metadata, options: options, extra: fingerprint))
          }
        )
      ],
      date: options.creationDate)
    return ExportProduct(data: data, warnings: warnings.map(\.description))
  }
}
