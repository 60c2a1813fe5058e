import PrepModel
import XCTest

final class BadInputTests: XCTestCase {
  private func readBytes(_ bytes: [UInt8], name: String = "bad.md") throws -> ReadResult {
    try PrepReader.read([InputFile(name: name, bytes: bytes)])
  }

  func testInvalidUTF8NamesLineColumnAndByteOffset() {
    let bytes = Array("# 标题\n\nab".utf8) + [0xFF] + Array("cd\n".utf8)
    XCTAssertThrowsError(try readBytes(bytes)) { error in
      XCTAssertEqual(
        error as? ReadError,
        .invalidUTF8(SourceLocation(file: "bad.md", line: 3, column: 3), byteOffset: 12, byte: 0xFF))
      XCTAssertEqual("\(error)", "bad.md:3:3: invalid UTF-8 (byte 0xFF at byte offset 12); save the file as UTF-8")
    }
  }

  func testTruncatedAndOverlongSequencesAreInvalid() {
    for bad: [UInt8] in [[0xE6, 0xA0], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80]] {
      XCTAssertThrowsError(try readBytes(Array("# T\n".utf8) + bad), "\(bad)")
    }
  }

  func testBOMAndCRLFAreAccepted() throws {
    let doc = try readBytes([0xEF, 0xBB, 0xBF] + Array("# A\r\n\r\nline one\r\nline two\r\n\r\n# B\r\n".utf8)).document
    XCTAssertEqual(doc.topics.map(\.titleText), ["A", "B"])
    XCTAssertEqual(doc.topics[0].parts[0].blocks, [.paragraph([.text("line one"), .softBreak, .text("line two")])])
    XCTAssertEqual(doc.topics[1].location.line, 6)
  }

  func testEmptyAndOnlyFrontMatter() {
    XCTAssertThrowsError(try readBytes(Array(" \n\n".utf8))) { XCTAssertEqual($0 as? ReadError, .empty("bad.md")) }
    XCTAssertThrowsError(try readBytes(Array("---\ntitle: x\n---\n\n".utf8))) {
      XCTAssertEqual($0 as? ReadError, .onlyFrontMatter("bad.md"))
    }
  }

  func testBrokenFrontMatterNamesItsLine() {
    XCTAssertThrowsError(try readBytes(Array("---\ntitle: x\nbad: [1, 2\n---\n# T\n".utf8))) { error in
      guard case ReadError.frontMatter(let loc, _) = error else { return XCTFail("\(error)") }
      XCTAssertEqual(loc.file, "bad.md")
      XCTAssertTrue((3...4).contains(loc.line), "line \(loc.line)")
    }
    XCTAssertThrowsError(try readBytes(Array("---\n- a list\n---\n# T\n".utf8))) { error in
      XCTAssertEqual(
        "\(error)", "bad.md:2:1: broken front matter: front matter must be a mapping of keys to values (key: value)")
    }
  }

  func testXMLForbiddenCharactersGiveOneWarningPerLine() throws {
    let r = try readBytes(Array("# T\n\nbell\u{07}\u{07} twice\nfine\nform\u{0C}feed \u{FFFE}\n".utf8))
    XCTAssertEqual(r.warnings.map { $0.location?.line }, [3, 5])
    XCTAssertEqual(r.warnings[0].message, "character U+0007 is not allowed in XML; it is left out of DOCX and ODT")
    XCTAssertTrue(Block.plainText(r.document.preamble).contains("\u{07}"), "the model keeps the text")
  }

  func testDeepNestingIsFlattenedWithoutLosingText() throws {
    for md in [
      String(repeating: ">", count: 100_000) + " deep",
      String(repeating: "- ", count: 100_000) + "deep",
      String(repeating: "*a ", count: 20_000) + "deep" + String(repeating: " a*", count: 20_000),
    ] {
      let r = try readBytes(Array(("# T\n\n" + md + "\n").utf8))
      XCTAssertTrue(Block.plainText(r.document.preamble).contains("deep"))
      XCTAssertEqual(r.warnings.count, 1)
      XCTAssertTrue(r.warnings[0].message.hasPrefix("nesting deeper than 32 levels is flattened"))
    }
  }

  func testALongLineAndManyItemsAreRead() throws {
    let line = String(repeating: "word ", count: 200_000)
    let r = try readBytes(Array("# A\n\n# B\n\n\(line)\n".utf8))
    XCTAssertEqual(Block.plainText(r.document.topics[1].parts[0].blocks).count, line.count - 1)
    let items = (0..<50_000).map { "- item \($0)\n" }.joined()
    let doc = try readBytes(Array("# A\n\n# B\n\n\(items)".utf8)).document
    guard case .list(let list) = doc.topics[1].parts[0].blocks.first else { return XCTFail("no list") }
    XCTAssertEqual(list.items.count, 50_000)
  }
}
