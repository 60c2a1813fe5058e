import ExportKit
import Foundation
import XCTest

final class ZipPackagerTests: XCTestCase {
  private func pack(date: Date) throws -> Data {
    // The media type is the packager's to place: first, stored, no extra field (ODF 1.3, 3.3).
    var zip = ZipPackager(date: date, mediaType: "application/vnd.oasis.opendocument.text")
    zip.add("content.xml", Data(String(repeating: "<p>text</p>", count: 1000).utf8))
    return try zip.archive()
  }

  func testEntriesKeepTheirOrderAndContent() throws {
    let archive = try SafeArchive(try pack(date: Date(timeIntervalSince1970: 1_700_000_000)), name: "t.zip")
    XCTAssertEqual(archive.paths, ["mimetype", "content.xml"])
    XCTAssertEqual(archive["mimetype"], Data("application/vnd.oasis.opendocument.text".utf8))
    XCTAssertEqual(archive["content.xml"]?.count, 11_000)
  }

  func testFirstEntryIsStoredWithoutExtraFieldAndReadableAtOffset38() throws {
    let data = try pack(date: Date(timeIntervalSince1970: 1_700_000_000))
    let bytes = [UInt8](data)
    XCTAssertEqual(Array(bytes[0..<4]), [0x50, 0x4B, 0x03, 0x04])
    XCTAssertEqual(bytes[8], 0, "compression method 0: stored")
    XCTAssertEqual(Int(bytes[26]) | Int(bytes[27]) << 8, 8, "name length")
    XCTAssertEqual(Int(bytes[28]) | Int(bytes[29]) << 8, 0, "no extra field")
    XCTAssertEqual(String(decoding: bytes[30..<38], as: UTF8.self), "mimetype")
    XCTAssertEqual(String(decoding: bytes[38..<77], as: UTF8.self), "application/vnd.oasis.opendocument.text")
  }

  func testSameDateGivesIdenticalBytesAndAnotherDateDoesNot() throws {
    let a = try pack(date: Date(timeIntervalSince1970: 1_700_000_000))
    let b = try pack(date: Date(timeIntervalSince1970: 1_700_000_000))
    let c = try pack(date: Date(timeIntervalSince1970: 1_600_000_000))
    XCTAssertEqual(a, b)
    XCTAssertNotEqual(a, c)
  }
}
