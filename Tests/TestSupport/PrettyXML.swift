import CLibXML2
import Foundation

/// An XML part laid out one element per line, indented, for golden files a person can read
/// and diff. Whitespace-only text between elements is dropped (ours writes none; text runs
/// keep their spaces), mixed content is left on its line as it is.
public enum PrettyXML {
  public static func format(_ data: Data, name: String) throws -> String {
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_NOERROR.rawValue)
    let parsed = data.withUnsafeBytes { buffer in
      xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, nil, options)
    }
    guard let doc = parsed else { throw PrettyXMLError.notWellFormed(name) }
    defer { xmlFreeDoc(doc) }
    var buffer: UnsafeMutablePointer<xmlChar>?
    var size: Int32 = 0
    xmlDocDumpFormatMemoryEnc(doc, &buffer, &size, "UTF-8", 1)
    guard let buffer else { throw PrettyXMLError.notWellFormed(name) }
    defer { prep_xml_free(buffer) }
    return String(decoding: UnsafeBufferPointer(start: buffer, count: Int(size)), as: UTF8.self)
  }

  public enum PrettyXMLError: Error { case notWellFormed(String) }
}
