/// A part's template with `{{name}}` placeholders (Templates/docx/styles.xml…), split once into
/// literal markup and placeholders so that filling it is a single pass into an `XMLWriter`.
///
/// Every value is escaped: text is written as an escaped attribute value (which is also safe as
/// character data), and markup only as an `XMLFragment`, which only a writer makes. A
/// placeholder without a value, a value without a placeholder and an unclosed `{{` are errors
/// naming the template, so a typo in a template or in code fails the tests instead of writing
/// a broken part.
public struct XMLTemplate: Sendable {
  /// What a placeholder is replaced with.
  public enum Value: Sendable {
    /// User or computed text (a font name, a language tag, a size), escaped.
    case text(String)
    /// Markup written by an `XMLWriter` (font-face declarations, attributes).
    case markup(XMLFragment)
  }

  private enum Piece: Sendable {
    case literal([UInt8])
    case placeholder(String)
  }

  /// The template's name in messages: "docx/styles.xml".
  public let name: String
  /// The names of its placeholders.
  public let placeholders: Set<String>
  private let pieces: [Piece]

  /// Splits `bytes` (the template file, UTF-8) into literals and placeholders.
  public init(name: String, bytes: [UInt8]) throws {
    self.name = name
    var pieces: [Piece] = []
    var names = Set<String>()
    var start = 0
    var i = 0
    let open = UInt8(ascii: "{")
    let close = UInt8(ascii: "}")
    while i + 1 < bytes.count {
      guard bytes[i] == open, bytes[i + 1] == open else {
        i += 1
        continue
      }
      var j = i + 2
      while j + 1 < bytes.count && !(bytes[j] == close && bytes[j + 1] == close) { j += 1 }
      guard j + 1 < bytes.count else {
        throw ExportError.packaging("template \(name): \"{{\" at byte \(i) is not closed")
      }
      let placeholder = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
      guard Self.isPlaceholderName(placeholder) else {
        throw ExportError.packaging("template \(name): {{\(placeholder)}} is not a placeholder name")
      }
      pieces.append(.literal(Array(bytes[start..<i])))
      pieces.append(.placeholder(placeholder))
      names.insert(placeholder)
      i = j + 2
      start = i
    }
    pieces.append(.literal(Array(bytes[start...])))
    self.pieces = pieces
    placeholders = names
  }

  /// Writes the template with each placeholder replaced by its value.
  public func write(into xml: inout XMLWriter, _ values: [String: Value]) throws {
    if let unknown = values.keys.filter({ !placeholders.contains($0) }).sorted().first {
      throw ExportError.packaging("template \(name): a value is given for {{\(unknown)}}, which it does not have")
    }
    for piece in pieces {
      switch piece {
      case .literal(let bytes): xml.appendTemplateLiteral(bytes)
      case .placeholder(let placeholder):
        switch values[placeholder] {
        case .text(let text): xml.attributeValue(text)
        case .markup(let fragment): xml.append(fragment)
        case nil: throw ExportError.packaging("template \(name): placeholder {{\(placeholder)}} has no value")
        }
      }
    }
  }

  /// The filled template as a fragment.
  public func fragment(_ values: [String: Value]) throws -> XMLFragment {
    try XMLFragment(capacity: pieces.count * 64 + 4_096) { try write(into: &$0, values) }
  }

  private static func isPlaceholderName(_ s: String) -> Bool {
    guard let first = s.utf8.first, first == UInt8(ascii: "_") || (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A
    else { return false }
    return s.utf8.allSatisfy { c in
      c == UInt8(ascii: "_") || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
    }
  }
}

extension XMLWriter {
  /// A template's own markup: a file of the package, read at build time, never user text.
  mutating func appendTemplateLiteral(_ literal: [UInt8]) {
    appendTrusted(literal)
  }
}
