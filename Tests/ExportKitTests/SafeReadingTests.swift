import ExportKit
import Foundation
import XCTest

final class SafeReadingTests: XCTestCase {
  private func zip(_ entries: [(String, Data)]) throws -> Data {
    var z = ZipPackager(date: Date(timeIntervalSince1970: 1_700_000_000))
    for (path, data) in entries { z.add(path, data) }
    return try z.archive()
  }

  private func assertRefused(_ data: Data, limits: SafeArchive.Limits = .init(), _ reason: String, line: UInt = #line) {
    XCTAssertThrowsError(try SafeArchive(data, name: "evil.docx", limits: limits), line: line) { error in
      guard case ExportError.unsafeArchive("evil.docx", let r) = error else { return XCTFail("\(error)", line: line) }
      XCTAssertTrue(r.contains(reason), r, line: line)
    }
  }

  func testZipSlipPathsAreRefused() throws {
    assertRefused(try zip([("../../etc/passwd", Data("x".utf8))]), "points outside the package")
    assertRefused(try zip([("/abs", Data("x".utf8))]), "points outside the package")
  }

  func testZipBombsAreRefusedByRatioSizeAndCount() throws {
    assertRefused(try zip([("word/document.xml", Data(count: 4 << 20))]), "zip bomb")
    var small = SafeArchive.Limits()
    small.maximumTotalSize = 1000
    assertRefused(try zip([("a", Data(count: 600)), ("b", Data(count: 600))]), limits: small, "uncompressed size")
    var few = SafeArchive.Limits()
    few.maximumEntries = 3
    assertRefused(try zip((0..<5).map { ("e\($0)", Data("x".utf8)) }), limits: few, "more than 3 entries")
  }

  func testNotAZip() {
    assertRefused(Data("hello".utf8), "not a ZIP file")
  }

  func testXMLWithDoctypeOrEntitiesIsRefused() {
    let xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"
    let laughs = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><r>&b;</r>"
    for text in [xxe, laughs] {
      XCTAssertThrowsError(try SafeXMLDocument(Data(text.utf8), name: "styles.xml")) { error in
        XCTAssertEqual("\(error)", "styles.xml: refused: XML with a DOCTYPE or entity declarations is not accepted")
      }
    }
    XCTAssertThrowsError(try SafeXMLDocument(Data("<a><b></a>".utf8), name: "x.xml"))
  }

  func testXPathAndAttributes() throws {
    let doc = try SafeXMLDocument(
      Data("<w:r xmlns:w=\"urn:w\"><w:t w:space=\"keep\">a</w:t><w:t>b</w:t></w:r>".utf8), name: "d.xml")
    let ts = doc.select("//w:t", namespaces: ["w": "urn:w"])
    XCTAssertEqual(ts.map(\.text), ["a", "b"])
    XCTAssertEqual(ts[0].attribute("space", namespace: "urn:w"), "keep")
    XCTAssertEqual(doc.root?.children.count, 2)
  }
}

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
