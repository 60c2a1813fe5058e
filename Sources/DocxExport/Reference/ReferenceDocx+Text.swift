import ExportKit
import Foundation

/// Splicing into a reference's parts as text: the reference's bytes stay as they are
/// (its namespaces, markup compatibility and extensions included) and ours go in whole.
extension ReferenceDocx {
  /// `data` with `fragment` inserted before the root element's closing tag.
  static func inserting(_ fragment: String, beforeClosingTagOf data: Data, part: String, reference: String) throws
    -> XMLWriter
  {
    let bytes = [UInt8](data)
    var xml = XMLWriter(capacity: bytes.count + fragment.utf8.count)
    if let close = bytes.lastIndex(of: UInt8(ascii: "<")), close + 1 < bytes.count,
      bytes[close + 1] == UInt8(ascii: "/")
    {
      xml.raw(String(decoding: bytes[..<close], as: UTF8.self))
      xml.raw(fragment)
      xml.raw(String(decoding: bytes[close...], as: UTF8.self))
      return xml
    }
    // An empty root (`<w:fonts …/>`): open it, add the fragment, close it.
    let start = try rootStartTag(data, part: part, reference: reference)
    let name = start.dropFirst().prefix { $0 != " " && $0 != ">" && $0 != "/" && $0 != "\n" && $0 != "\t" }
    xml.declaration()
    xml.raw(start)
    xml.raw(fragment)
    xml.raw("</\(name)>")
    return xml
  }

  /// The root element's start tag, as written (namespace declarations included); the root
  /// must use the `w` prefix, as every Word writer does, since our markup is added with it.
  static func rootStartTag(_ data: Data, part: String, reference: String) throws -> String {
    let text = String(decoding: data, as: UTF8.self)
    var index = text.startIndex
    while let open = text[index...].firstIndex(of: "<") {
      let next = text.index(after: open)
      guard next < text.endIndex else { break }
      if text[next] == "?" || text[next] == "!" {
        guard let end = text[next...].firstIndex(of: ">") else { break }
        index = text.index(after: end)
        continue
      }
      guard let end = text[next...].firstIndex(of: ">") else { break }
      var tag = String(text[open...end])
      guard tag.hasPrefix("<w:") else {
        throw ExportError.referenceDocument(reference, reason: "\(part) does not use the usual w: prefix")
      }
      if tag.hasSuffix("/>") { tag = String(tag.dropLast(2)) + ">" }
      return tag
    }
    throw ExportError.referenceDocument(reference, reason: "\(part) has no root element")
  }

  /// `fragment` without any `<name …/>` empty element.
  static func removingElements(_ name: String, from fragment: String) -> String {
    var out = fragment
    while let start = out.range(of: "<\(name) "), let end = out[start.upperBound...].range(of: "/>") {
      out.removeSubrange(start.lowerBound..<end.upperBound)
    }
    return out
  }

  /// An attribute value escaped for splicing.
  static func escaped(_ value: String) -> String {
    var xml = XMLWriter(capacity: value.utf8.count)
    xml.attributeValue(value)
    return String(decoding: xml.bytes, as: UTF8.self)
  }
}
