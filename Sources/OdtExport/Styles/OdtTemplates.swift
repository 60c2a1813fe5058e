import ExportKit

/// The ODT look, from Templates/odt (the target's `Templates` folder links there), compiled
/// into the binary by SwiftPM (`embedInCode`), so the binary carries it wherever it is copied.
enum OdtTemplates {
  /// styles.xml: every named style, the page layout, header and footer.
  static let styles = load("odt/styles.xml", PackageResources.styles_xml)
  /// The fixed automatic styles of content.xml (tables, the answer box).
  static let contentStyles = load("odt/content-styles.xml", PackageResources.content_styles_xml)

  private static func load(_ name: String, _ bytes: [UInt8]) -> Result<XMLTemplate, ExportError> {
    Result {
      try XMLTemplate(name: name, bytes: bytes)
    }.mapError { $0 as? ExportError ?? .packaging("template \(name): \($0)") }
  }
}
