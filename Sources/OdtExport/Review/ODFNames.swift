/// ODF namespace URIs, for reading files others wrote (LibreOffice's extension namespaces
/// included: its resolved comments and reply links are in `loext:`).
enum ODF {
  static let office: StaticString = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  static let text: StaticString = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  static let style: StaticString = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  static let table: StaticString = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  static let dc: StaticString = "http://purl.org/dc/elements/1.1/"
  static let meta: StaticString = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
  static let field: StaticString = "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0"
  static let loext = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
}
