/// Writes XML in one pass into a byte buffer. Escaping lives here and nowhere else; characters
/// XML 1.0 forbids are left out (the reader has already warned about them, once per line).
public struct XMLWriter {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []

  public init(capacity: Int = 16_384) { bytes.reserveCapacity(capacity) }

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

  /// Markup built at run time (style ids, numbers): written as is. Never user text.
  /// Disfavoured, so that a plain literal takes the `StaticString` overload above.
  @_disfavoredOverload
  public mutating func raw(_ markup: String) {
    bytes.append(contentsOf: markup.utf8)
  }

  /// Character data, escaped.
  public mutating func text(_ s: String) { escape(s, attribute: false) }

  /// An attribute value, escaped (without the quotes).
  public mutating func attributeValue(_ s: String) { escape(s, attribute: true) }

  /// `<name a="v"…>`.
  public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
    startTag(name, attributes)
    bytes.append(UInt8(ascii: ">"))
  }

  /// `<name a="v"…/>`.
  public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
    startTag(name, attributes)
    raw("/>")
  }

  /// `</name>`.
  public mutating func close(_ name: String) {
    raw("</")
    raw(name)
    bytes.append(UInt8(ascii: ">"))
  }

  /// `<name a="v"…>text</name>`.
  public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
    open(name, attributes)
    self.text(text)
    close(name)
  }

  private mutating func startTag(_ name: String, _ attributes: KeyValuePairs<String, String>) {
    bytes.append(UInt8(ascii: "<"))
    raw(name)
    for (key, value) in attributes {
      bytes.append(UInt8(ascii: " "))
      raw(key)
      raw("=\"")
      attributeValue(value)
      bytes.append(UInt8(ascii: "\""))
    }
  }

  private mutating func escape(_ s: String, attribute: Bool) {
    var s = s
    s.withUTF8 { utf8 in
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

extension XMLWriter {
  /// A document body's buffer, sized once from the Markdown it renders (XML runs to about six
  /// times its source). Capacity that is never written costs no memory, while growing a large
  /// body by doubling would copy it several times and touch every page again.
  public static func body(forSourceBytes bytes: Int) -> XMLWriter {
    XMLWriter(capacity: max(1 << 16, bytes * 8))
  }
}
