import ExportKit

/// Fills `{{NAME}}` placeholders of a template part in one scan over its UTF-8 bytes. Values
/// are XML already (escape user text with `escaped` first); an unknown placeholder is left
/// as it is, so that a typo in a template shows up in validation rather than vanishing.
enum TemplateFiller {
  static func fill(_ template: String, _ values: [String: String]) -> [UInt8] {
    let open = UInt8(ascii: "{")
    let close = UInt8(ascii: "}")
    var template = template
    return template.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 1_024)
      var runStart = 0
      var index = 0
      let count = bytes.count
      while index + 1 < count {
        guard bytes[index] == open, bytes[index + 1] == open else {
          index += 1
          continue
        }
        var end = index + 2
        while end + 1 < count, !(bytes[end] == close && bytes[end + 1] == close), end - index < 64 { end += 1 }
        guard end + 1 < count, bytes[end] == close,
          let value = values[String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 2)..<end]), as: UTF8.self)]
        else {
          index += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        out.append(contentsOf: value.utf8)
        index = end + 2
        runStart = index
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
      return out
    }
  }

  /// User text escaped as XML character data or attribute value.
  static func escaped(_ text: String) -> String {
    var xml = XMLWriter(capacity: text.utf8.count + 16)
    xml.attributeValue(text)
    return String(decoding: xml.bytes, as: UTF8.self)
  }
}
