/// Writes XML in one pass into a byte buffer. Escaping lives here and nowhere else; characters
/// XML 1.0 forbids are left out (the reader has already warned about them, once per line).
public struct XMLWriter {
  /// The bytes written and not yet spilled to the spool.
  public private(set) var bytes: [UInt8] = []
  /// Where a large part's bytes go once the buffer is full (see `spillIfLarge`).
  public private(set) var spool: PartSpool?

  public init(capacity: Int = 16_384) { bytes.reserveCapacity(capacity) }

  /// A writer for a part that may be large: its buffer is moved to a spool whenever
  /// `spillIfLarge` finds it over `spillSize`.
  public init(spooling: Bool) {
    bytes.reserveCapacity(XMLWriter.spillSize + 65_536)
    spool = PartSpool()
  }

  /// The buffer size at which a spooling writer moves its bytes to the spool.
  public static let spillSize = 256 * 1024

  /// Moves the buffer to the spool when it is over `spillSize` (writers call it between
  /// paragraphs).
  public mutating func spillIfLarge() throws {
    guard let spool, bytes.count >= XMLWriter.spillSize else { return }
    try bytes.withUnsafeBufferPointer { try spool.append($0) }
    bytes.removeAll(keepingCapacity: true)
  }

  /// Everything written: the spool's bytes, then the buffer's.
  public var count: Int { (spool?.count ?? 0) + bytes.count }

  /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` and a newline.
  public mutating func declaration(standalone: Bool = true) {
    raw(
      standalone
        ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
  }

  /// Markup written as is: tag names, fixed attributes. Never user text.
  public mutating func raw(_ markup: StaticString) {
    markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// A decimal integer (attribute values and text alike need no escaping for digits).
  public mutating func number(_ value: Int) {
    if value >= 0 && value < 10 {
      bytes.append(UInt8(ascii: "0") + UInt8(value))
      return
    }
    bytes.append(contentsOf: String(value).utf8)
  }

  /// An element or attribute name known to be a valid XML name (`w:p`, a name copied from a
  /// parsed document).
  public mutating func name(_ name: XMLName) {
    bytes.append(contentsOf: name.qualified.utf8)
  }

  /// Character data, escaped.
  public mutating func text<S: StringProtocol>(_ s: S) { escape(s, attribute: false) }

  /// An attribute value, escaped (without the quotes).
  public mutating func attributeValue<S: StringProtocol>(_ s: S) { escape(s, attribute: true) }

  /// What was written, as a fragment to insert into another writer.
  public var fragment: XMLFragment { XMLFragment(bytes: bytes) }

  /// ` name="value"`: an attribute inside a start tag the caller is writing, its value escaped.
  public mutating func attribute(_ name: StaticString, _ value: String) {
    bytes.append(UInt8(ascii: " "))
    raw(name)
    raw("=\"")
    escape(value, attribute: true)
    bytes.append(UInt8(ascii: "\""))
  }

  /// ` name="value"` for a name checked at run time (copied from a parsed document).
  public mutating func attribute(_ name: XMLName, _ value: String) {
    bytes.append(UInt8(ascii: " "))
    self.name(name)
    raw("=\"")
    escape(value, attribute: true)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Markup another writer made: escaped as it was written, so it is inserted as it is.
  public mutating func append(_ fragment: XMLFragment) {
    bytes.append(contentsOf: fragment.bytes)
  }

  /// Bytes that are markup by construction (a template's literal text), for this module only.
  mutating func appendTrusted(_ markup: [UInt8]) {
    bytes.append(contentsOf: markup)
  }

  /// `<name a="v"…>`.
  public mutating func open(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
    startTag(name, attributes)
    bytes.append(UInt8(ascii: ">"))
  }

  /// `<name a="v"…/>`.
  public mutating func empty(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
    startTag(name, attributes)
    raw("/>")
  }

  /// `</name>`.
  public mutating func close(_ name: StaticString) {
    raw("</")
    raw(name)
    bytes.append(UInt8(ascii: ">"))
  }

  /// `<name a="v"…>text</name>`.
  public mutating func element(
    _ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], text: String
  ) {
    open(name, attributes)
    self.text(text)
    close(name)
  }

  private mutating func startTag(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String>) {
    bytes.append(UInt8(ascii: "<"))
    raw(name)
    for (key, value) in attributes { attribute(key, value) }
  }

  private mutating func escape<S: StringProtocol>(_ s: S, attribute: Bool) {
    let done: Void? = s.utf8.withContiguousStorageIfAvailable { escapeBytes($0, attribute: attribute) }
    if done == nil {
      var copy = String(s)
      copy.withUTF8 { escapeBytes($0, attribute: attribute) }
    }
  }

  private mutating func escapeBytes(_ utf8: UnsafeBufferPointer<UInt8>, attribute: Bool) {
    do {
      var runStart = 0
      var i = 0
      let n = utf8.count
      while i < n {
        let c = utf8[i]
        var replacement: StaticString?
        var skip = 0
        switch c {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\"") where attribute: replacement = "&quot;"
        case 0x09 where attribute: replacement = "&#9;"
        case 0x0A where attribute: replacement = "&#10;"
        case 0x0D: replacement = "&#13;"
        case 0x09, 0x0A: break
        case 0x00..<0x20: skip = 1
        case 0xEF where i + 2 < n && utf8[i + 1] == 0xBF && (utf8[i + 2] == 0xBE || utf8[i + 2] == 0xBF): skip = 3
        default: break
        }
        if replacement != nil || skip > 0 {
          if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
          if let replacement { replacement.withUTF8Buffer { bytes.append(contentsOf: $0) } }
          i += max(skip, 1)
          runStart = i
        } else {
          i += 1
        }
      }
      if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
    }
  }
}

/// A qualified XML name checked once to hold only name characters, so that it can be written
/// without escaping (names copied from a parsed reference document, names built from a prefix).
public struct XMLName: Sendable, Hashable, CustomStringConvertible {
  public let qualified: String

  /// Nil unless `qualified` is `prefix:local` or `local` made of XML name characters.
  public init?(_ qualified: String) {
    guard XMLName.isValid(qualified) else { return nil }
    self.qualified = qualified
  }

  public var description: String { qualified }

  /// Name characters of XML 1.0 (5th edition), with at most one colon, not first or last.
  static func isValid(_ s: String) -> Bool {
    var colons = 0
    var first = true
    for scalar in s.unicodeScalars {
      let v = scalar.value
      let start =
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F || (v >= 0xC0 && v <= 0xD6)
        || (v >= 0xD8 && v <= 0xF6) || (v >= 0xF8 && v <= 0x2FF) || (v >= 0x370 && v <= 0x37D)
        || (v >= 0x37F && v <= 0x1FFF) || (v >= 0x200C && v <= 0x200D) || (v >= 0x2070 && v <= 0x218F)
        || (v >= 0x2C00 && v <= 0x2FEF) || (v >= 0x3001 && v <= 0xD7FF) || (v >= 0xF900 && v <= 0xFDCF)
        || (v >= 0xFDF0 && v <= 0xFFFD) || (v >= 0x10000 && v <= 0xEFFFF)
      let other =
        v == 0x2D || v == 0x2E || (v >= 0x30 && v <= 0x39) || v == 0xB7 || (v >= 0x300 && v <= 0x36F)
        || (v >= 0x203F && v <= 0x2040)
      if v == 0x3A {
        colons += 1
        if first || colons > 1 { return false }
        first = true
        continue
      }
      if first ? !start : !(start || other) { return false }
      first = false
    }
    return !first && colons <= 1
  }
}

extension XMLWriter {
  /// A document body's writer: for a small document a buffer sized once from the Markdown it
  /// renders (XML runs to about six times its source); for a large one a spooling writer, so
  /// that the body never sits whole in memory.
  public static func body(forSourceBytes bytes: Int) -> XMLWriter {
    bytes * 8 <= PartSpool.memoryLimit ? XMLWriter(capacity: max(1 << 16, bytes * 8)) : XMLWriter(spooling: true)
  }
}
