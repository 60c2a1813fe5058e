import ExportKit

/// The ODF 1.3 schema's rules for a reference's styles (`ODFSchemaTable`, generated), read
/// once, and names in ODF's usual prefixes.
enum ODFSchema {
  private static let loaded = Result { try XMLSchemaTable(text: ODFSchemaTable.text) }

  static func table() throws -> XMLSchemaTable {
    do {
      return try loaded.get()
    } catch {
      throw ExportError.packaging("the ODF schema table does not read: \(error)")
    }
  }

  private static let namespaces = Dictionary(uniqueKeysWithValues: Namespaces.prefixes.map { ($0.value, $0.key) })

  /// `style:name` as a namespace and local name.
  static func name(_ qualified: String) -> XMLCopier.Name {
    guard let colon = qualified.firstIndex(of: ":") else { return XMLCopier.Name(nil, qualified) }
    return XMLCopier.Name(namespaces[String(qualified[..<colon])], String(qualified[qualified.index(after: colon)...]))
  }

  /// A copier that writes ODF's usual prefixes and leaves out every other namespace
  /// (LibreOffice's `loext:`, `officeooo:`…), so that the result stays strict ODF 1.3.
  static func copier() -> XMLCopier { XMLCopier(prefixes: Namespaces.prefixes) }
}
