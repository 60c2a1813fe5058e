/// The namespace URIs the package's parts use.
enum Namespace {
  static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
  static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
  static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
}

extension Namespace {
  /// DrawingML, the theme's namespace.
  static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
}
