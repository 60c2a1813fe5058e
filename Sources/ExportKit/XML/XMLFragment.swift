/// Markup made by an `XMLWriter`, to be placed inside other markup (a template's placeholder,
/// a part assembled from pieces). Only a writer makes one, so its text is escaped and its
/// names are checked: a `String` never becomes markup.
public struct XMLFragment: Sendable, Equatable {
  public let bytes: [UInt8]

  /// Nothing.
  public init() { bytes = [] }

  init(bytes: [UInt8]) { self.bytes = bytes }

  /// What `writer` wrote.
  public init(_ writer: XMLWriter) { bytes = writer.bytes }

  /// Writes a fragment with `build`.
  public init(capacity: Int = 256, _ build: (inout XMLWriter) throws -> Void) rethrows {
    var writer = XMLWriter(capacity: capacity)
    try build(&writer)
    bytes = writer.bytes
  }

  /// Nothing.
  public static let empty = XMLFragment(XMLWriter(capacity: 0))

  /// The markup as text (for tests and messages).
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
