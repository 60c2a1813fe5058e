import ExportKit
import Foundation

/// Builds a small DOCX-like package that holds a mentor's comment.
struct ZipPackagerForTests {
  mutating func docxWithComment() throws -> Data {
    var zip = ZipPackager(date: Date(timeIntervalSince1970: 1_700_000_000))
    zip.add("word/document.xml", Data("<w:document><w:commentRangeStart w:id=\"0\"/></w:document>".utf8))
    zip.add("word/comments.xml", Data("<w:comments/>".utf8))
    return try zip.archive()
  }
}
