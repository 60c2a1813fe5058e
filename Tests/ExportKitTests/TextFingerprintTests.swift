import Foundation
import XCTest

@testable import ExportKit

final class TextFingerprintTests: XCTestCase {
  func testWhiteSpaceAndInvisibleCharactersDoNotCount() {
    let plain = TextFingerprint.digest("Why this role我想设计系统")
    XCTAssertEqual(TextFingerprint.digest("Why this\trole\n我想 设计\u{3000}系统 "), plain)
    XCTAssertEqual(TextFingerprint.digest("Why\u{00A0}this ro\u{00AD}le\u{200B}我想设计系统\u{FEFF}"), plain)
    XCTAssertNotEqual(TextFingerprint.digest("Why this role我想设计系统。"), plain)
    XCTAssertNotEqual(TextFingerprint.digest("Why that role我想设计系统"), plain)
    XCTAssertEqual(plain.count, 5)
  }

  func testAddingInPiecesIsAddingAtOnce() {
    var pieces = TextFingerprint()
    for piece in ["自我", "介绍", " five ", "years"] { pieces.add(piece) }
    XCTAssertEqual(pieces.digest, TextFingerprint.digest("自我介绍fiveyears"))
  }

  func testPropertiesStayUnder255CharactersAndReadBack() throws {
    let ids = (1...80).map { "主题-\($0)-" + String(repeating: "长", count: $0 % 7) }
    let sections = [(id: "", text: "标题")] + ids.map { (id: $0, text: "内容 \($0)") }
    let stamp = BodyStamp(crc32: 0x0012_ABCD, size: 81_234)
    let properties = FingerprintProperties.properties(sections: sections, stamp: stamp)
    for (name, value) in properties {
      XCTAssertLessThanOrEqual(value.utf16.count, 255, name)
      XCTAssertTrue(name.hasPrefix("prepexport-"), name)
    }
    let names = properties.map(\.name)
    XCTAssertEqual(names.first, "prepexport-fingerprint")
    XCTAssertTrue(names.contains("prepexport-fingerprint-2"), "\(names)")
    XCTAssertTrue(names.contains("prepexport-topics-3"), "\(names)")
    XCTAssertEqual(properties.last?.value, "0012abcd:81234")

    let recorded = try XCTUnwrap(
      RecordedFingerprint(properties: Dictionary(uniqueKeysWithValues: properties.map { ($0.name, $0.value) })))
    XCTAssertEqual(recorded.topicIDs, ids)
    XCTAssertEqual(recorded.digests, sections.map { TextFingerprint.digest($0.text) })
    XCTAssertEqual(recorded.stamp, stamp)
    XCTAssertNil(RecordedFingerprint(properties: ["prepexport-fingerprint": "9:abcde"]))
    XCTAssertNil(RecordedFingerprint(properties: ["title": "x"]))
  }

  func testChangedSectionsAreAlignedNotCountedFromTheFirstDifference() {
    let recorded = RecordedFingerprint(digests: ["AAAAA", "BBBBB", "CCCCC", "DDDDD"], topicIDs: [], stamp: nil)
    XCTAssertEqual(recorded.changedSections(["AAAAA", "BBBBB", "CCCCC", "DDDDD"]), [])
    XCTAssertEqual(recorded.changedSections(["AAAAA", "bbbbb", "CCCCC", "DDDDD"]), [1])
    // A heading typed into the middle: the new section only.
    XCTAssertEqual(recorded.changedSections(["AAAAA", "BBBBB", "xxxxx", "CCCCC", "DDDDD"]), [2])
    // A section deleted: the one before the gap.
    XCTAssertEqual(recorded.changedSections(["AAAAA", "CCCCC", "DDDDD"]), [0])
    XCTAssertEqual(recorded.changedSections(["AAAAA", "BBBBB", "CCCCC"]), [2])
    let same = RecordedFingerprint(digests: Array(repeating: "AAAAA", count: 50_000), topicIDs: [], stamp: nil)
    XCTAssertEqual(same.changedSections(Array(repeating: "AAAAA", count: 50_000)), [])
    XCTAssertEqual(same.changedSections(Array(repeating: "AAAAA", count: 49_999) + ["zzzzz"]), [49_999])
  }

  func testBodyStampIsZipsChecksum() throws {
    var zip = ZipPackager(date: Date(timeIntervalSince1970: 1_796_000_000))
    let body = Data("<w:document>正文</w:document>".utf8)
    zip.add("word/document.xml", body)
    let archive = try SafeArchive(try zip.archive(), name: "a.docx")
    XCTAssertEqual(archive.stamps["word/document.xml"], BodyStamp(of: body))
    XCTAssertEqual(BodyStamp(of: Array(body)), BodyStamp(of: body))
    XCTAssertEqual(BodyStamp(BodyStamp(of: body).description), BodyStamp(of: body))
  }
}
