import ExportKit
import Foundation
import XCTest

final class ReviewInputTests: XCTestCase {
  func testOnlyTheEntriesAskedForAreInflatedButAllAreChecked() throws {
    var zip = ZipPackager(date: Date(timeIntervalSince1970: 1_700_000_000))
    zip.add("word/document.xml", Data("<w:document/>".utf8))
    zip.add("word/media/image1.png", Data(count: 10_000))
    let archive = try SafeArchive(try zip.archive(), name: "r.docx") { $0.hasSuffix(".xml") }
    XCTAssertEqual(archive.paths, ["word/document.xml", "word/media/image1.png"])
    XCTAssertNotNil(archive["word/document.xml"])
    XCTAssertNil(archive["word/media/image1.png"])
    XCTAssertTrue(archive.contains("word/media/image1.png"))
    XCTAssertEqual(archive.stamps["word/media/image1.png"]?.size, 10_000)
  }

  func testFilesThatAreNotDocumentsAreNamed() {
    XCTAssertNil(ReviewInput.notAnArchive(Data([0x50, 0x4B, 0x03, 0x04, 0])))
    XCTAssertEqual(
      ReviewInput.notAnArchive(Data("%PDF-1.7\n".utf8)), "it is a PDF; give the .docx or .odt file the mentor returned")
    XCTAssertTrue(
      ReviewInput.notAnArchive(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]))!.contains("legacy Word .doc"))
    XCTAssertTrue(ReviewInput.notAnArchive(Data("# 自我介绍\n\n你好".utf8))!.contains("text file (Markdown?)"))
    XCTAssertTrue(ReviewInput.notAnArchive(Data([0xFF, 0x00, 0x10]))!.contains("not a DOCX or ODT document"))
    XCTAssertTrue(ReviewInput.notAnArchive(Data())!.contains("empty"))
  }
}
