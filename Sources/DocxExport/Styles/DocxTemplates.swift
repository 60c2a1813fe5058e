import ExportKit

/// The DOCX look, from Templates/docx (the target's `Templates` folder links there), compiled
/// into the binary by SwiftPM (`embedInCode`), so the binary carries it wherever it is copied.
enum DocxTemplates {
  /// Every style, its fonts, languages and sizes as placeholders.
  static let styles = load("docx/styles.xml", PackageResources.styles_xml)
  /// The bullet and number definitions.
  static let numbering = load("docx/numbering.xml", PackageResources.numbering_xml)

  private static func load(_ name: String, _ bytes: [UInt8]) -> Result<XMLTemplate, ExportError> {
    Result {
      try XMLTemplate(name: name, bytes: bytes)
    }.mapError { $0 as? ExportError ?? .packaging("template \(name): \($0)") }
  }
}
