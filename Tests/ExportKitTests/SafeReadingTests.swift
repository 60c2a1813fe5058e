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
