import ExportKit

/// The OOXML transitional schema's rules for the parts taken from a reference document
/// (`WordSchemaTable`, generated), read once.
enum WordSchema {
  private static let loaded = Result { try XMLSchemaTable(text: WordSchemaTable.text) }

  static func table() throws -> XMLSchemaTable {
    do {
      return try loaded.get()
    } catch {
      throw ExportError.packaging("the WordprocessingML schema table does not read: \(error)")
    }
  }

  static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

  /// The namespaces we write in reference parts, by URI.
  static let prefixes: [String: String] = [
    Namespace.w: "w", Namespace.r: "r", Namespace.drawingML: "a",
  ]
}
