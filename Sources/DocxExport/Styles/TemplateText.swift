import ExportKit

/// A template part from Templates/docx with `{{name}}` placeholders, split once into literal
/// markup and placeholders so that filling it is a single pass into an `XMLWriter`. Values are
/// escaped as attribute values (they are font names and language tags, which may be user text).
struct TemplateText {
  private enum Piece {
    case markup(String)
    case placeholder(String)
  }

  private let pieces: [Piece]

  /// The embedded template at `path` ("docx/styles.xml"); a missing template is a packaging
  /// error (the binary was built without running scripts/embed-templates).
  init(embedded path: String) throws {
    guard let text = EmbeddedTemplates.text(path) else {
      throw ExportError.packaging("template \(path) is not compiled in; run `make templates` and rebuild")
    }
    self.init(text)
  }

  init(_ text: String) {
    // Split on the UTF-8 bytes: `{{` and `}}` are ASCII, so byte offsets are character
    // boundaries, and this stays a single linear scan.
    var pieces: [Piece] = []
    let bytes = Array(text.utf8)
    var start = 0
    var i = 0
    while i + 1 < bytes.count {
      guard bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "{") else {
        i += 1
        continue
      }
      var j = i + 2
      while j + 1 < bytes.count && !(bytes[j] == UInt8(ascii: "}") && bytes[j + 1] == UInt8(ascii: "}")) { j += 1 }
      guard j + 1 < bytes.count else { break }
      pieces.append(.markup(String(decoding: bytes[start..<i], as: UTF8.self)))
      pieces.append(.placeholder(String(decoding: bytes[(i + 2)..<j], as: UTF8.self)))
      i = j + 2
      start = i
    }
    pieces.append(.markup(String(decoding: bytes[start...], as: UTF8.self)))
    self.pieces = pieces
  }

  /// Writes the template with each placeholder replaced by `values[name]` (escaped).
  /// An unknown placeholder is a packaging error, so a typo in a template is caught by tests.
  func write(into xml: inout XMLWriter, values: [String: String]) throws {
    for piece in pieces {
      switch piece {
      case .markup(let markup): xml.raw(markup)
      case .placeholder(let name):
        guard let value = values[name] else {
          throw ExportError.packaging("template placeholder {{\(name)}} has no value")
        }
        xml.attributeValue(value)
      }
    }
  }
}
