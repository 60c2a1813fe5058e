import DocxExport
import ExportKit
import Foundation
import OdtExport
import XCTest

/// Review detection belongs to each format: a DOCX or ODT holding a mentor's comments or
/// tracked changes is not overwritten without --force.
final class ReviewInspectionTests: XCTestCase {
  private func zip(_ entries: [(String, Data)]) throws -> Data {
    var z = ZipPackager(date: Date(timeIntervalSince1970: 1_700_000_000))
    for (path, data) in entries { z.add(path, data) }
    return try z.archive()
  }

  private func holdsReview(_ data: Data, name: String) -> Bool {
    let inspector: any Exporter = name.hasSuffix(".odt") ? OdtExporter() : DocxExporter()
    return inspector.inspectExisting(data, name: name) != nil
  }

  func testReviewDetection() throws {
    XCTAssertTrue(
      holdsReview(try zip([("word/document.xml", Data("<w:ins w:id=\"1\">".utf8))]), name: "r.docx"))
    XCTAssertTrue(
      holdsReview(try zip([("word/comments.xml", Data("<w:comments/>".utf8))]), name: "r.docx"))
    XCTAssertTrue(
      holdsReview(try zip([("content.xml", Data("<office:annotation>".utf8))]), name: "r.odt"))
    XCTAssertFalse(holdsReview(try zip([("word/document.xml", Data("<w:p/>".utf8))]), name: "r.docx"))
    XCTAssertFalse(holdsReview(Data("plain text cards".utf8), name: "r.txt"))
  }

  func testAFileStillCarryingOurGeneratorHasNotBeenSavedByAnEditor() throws {
    let ours = Data("<Properties><Application>prepexport 0.1.0</Application></Properties>".utf8)
    let word = Data("<Properties><Application>Microsoft Office Word</Application></Properties>".utf8)
    let tracked = Data("<w:document><w:ins w:id=\"1\"/></w:document>".utf8)
    XCTAssertFalse(
      holdsReview(try zip([("word/document.xml", tracked), ("docProps/app.xml", ours)]), name: "a.docx"))
    XCTAssertTrue(
      holdsReview(try zip([("word/document.xml", tracked), ("docProps/app.xml", word)]), name: "b.docx"))
    XCTAssertTrue(
      holdsReview(
        try zip([("word/document.xml", Data()), ("word/comments.xml", Data()), ("docProps/app.xml", ours)]),
        name: "c.docx"))
    let lo = Data("<office:meta><meta:generator>LibreOffice/7.4</meta:generator></office:meta>".utf8)
    XCTAssertTrue(
      holdsReview(
        try zip([("content.xml", Data("<text:changed-region>".utf8)), ("meta.xml", lo)]), name: "d.odt"))
  }
}
