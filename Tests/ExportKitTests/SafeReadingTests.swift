import ExportKit
import Foundation
import TestSupport
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

  // MARK: Sizes the archive declares

  func testAnEntryOverThePerEntryLimitIsReportedAgainstThatLimit() {
    let entry = HostileZip.Entry("word/styles.xml", Data("<w:styles/>".utf8), declaredSize: 130 << 20)
    assertRefused(
      HostileZip.archive([entry]),
      "entry \"word/styles.xml\" declares 130 MB uncompressed, over the 128 MB an entry may have (zip bomb?)")
  }

  func testAZip64SizeOf2To63IsAZipBombNotACrash() {
    for size in [UInt64(1) << 63, UInt64.max, UInt64(1) << 40] {
      let entry = HostileZip.Entry("styles.xml", Data("<x/>".utf8), declaredSize: size)
      assertRefused(HostileZip.archive([entry]), "over the 128 MB an entry may have (zip bomb?)")
    }
  }

  func testAnHonestHandMadeArchiveReads() throws {
    let archive = try SafeArchive(HostileZip.archive([HostileZip.Entry("a.xml", Data("<a/>".utf8))]), name: "ok.zip")
    XCTAssertEqual(archive["a.xml"], Data("<a/>".utf8))
  }

  // MARK: Encodings

  func testUTF16PartsAreReadWhateverTheByteOrder() throws {
    let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:styles xmlns:w=\"urn:w\" w:x=\"中文\"/>"
    for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
      let bom: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
      let data = Data(bom) + text.data(using: encoding)!
      let document = try SafeXMLDocument(data, name: "styles.xml")
      XCTAssertEqual(document.root?.name, "styles")
      XCTAssertEqual(document.root?.attribute("x", namespace: "urn:w"), "中文")
    }
  }

  func testADoctypeIsRefusedInUTF16Too() {
    let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE r [<!ENTITY a \"aaaa\">]><r>&a;</r>"
    let data = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
    XCTAssertThrowsError(try SafeXMLDocument(data, name: "styles.xml")) { error in
      XCTAssertEqual("\(error)", "styles.xml: refused: XML with a DOCTYPE or entity declarations is not accepted")
    }
  }

  // MARK: Loading a reference document

  func testLoadingRefusesADirectoryAMissingFileAndAHugeFileBeforeReadingIt() throws {
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    XCTAssertThrowsError(try ReferenceDocument.load(path: folder.path)) { error in
      XCTAssertEqual("\(error)", "\(folder.path): is a directory, not a .docx/.odt reference document")
    }
    let missing = folder.appendingPathComponent("missing.docx").path
    XCTAssertThrowsError(try ReferenceDocument.load(path: missing)) { error in
      XCTAssertEqual("\(error)", "\(missing): no such file")
    }
    // A sparse 3 GB file: reading it would take 3 GB; its size refuses it first.
    let huge = folder.appendingPathComponent("huge.docx")
    XCTAssertTrue(FileManager.default.createFile(atPath: huge.path, contents: nil))
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 3 << 30)
    try handle.close()
    XCTAssertThrowsError(try ReferenceDocument.load(path: huge.path)) { error in
      XCTAssertEqual(
        "\(error)", "\(huge.path): refused: the file is 3072 MB, over the 256 MB a reference document may have")
    }
    let small = folder.appendingPathComponent("small.docx")
    try Data("PK".utf8).write(to: small)
    XCTAssertEqual(try ReferenceDocument.load(path: small.path).bytes, Data("PK".utf8))
  }

  func testAnEndlessDeviceIsReadOnlyUpToTheLimit() throws {
    guard FileManager.default.fileExists(atPath: "/dev/zero") else { throw XCTSkip("no /dev/zero") }
    XCTAssertThrowsError(try ReferenceDocument.load(path: "/dev/zero", limit: 1 << 20)) { error in
      XCTAssertEqual("\(error)", "/dev/zero: refused: more than the 1 MB a reference document may have")
    }
  }
}
