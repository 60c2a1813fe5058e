import PrepExport
import TestSupport
import XCTest

@testable import prepexport

final class InputKindTests: XCTestCase {
  func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

  /// Real files as prepexport writes them: what a user would give by mistake.
  func testOurOwnDocumentsAreRecognised() throws {
    let document = try prepDocument("# T\n\n## A\n\ntext\n")
    let docx = try DocxExporter().export(document, options: ExportOptions()).data
    let odt = try OdtExporter().export(document, options: ExportOptions()).data
    XCTAssertEqual(InputKind.sniff(Array(docx)), .docx)
    XCTAssertEqual(InputKind.sniff(Array(odt)), .odt)
    let cards = try CueCardExporter().export(document, options: ExportOptions()).data
    XCTAssertNil(InputKind.sniff(Array(cards)), "cards are text")
  }

  func testMagicNumbers() {
    XCTAssertEqual(InputKind.sniff(bytes("%PDF-1.7\n%âãÏÓ")), .pdf)
    XCTAssertEqual(InputKind.sniff([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), .legacyOffice)
    XCTAssertEqual(InputKind.sniff(bytes("{\\rtf1\\ansi hello}")), .rtf)
    XCTAssertEqual(InputKind.sniff([0xFF, 0xFE, 0x23, 0x00, 0x20, 0x00]), .utf16)
    XCTAssertEqual(InputKind.sniff([0xFE, 0xFF, 0x00, 0x23]), .utf16)
    XCTAssertEqual(InputKind.sniff([0xFF, 0xFE, 0x00, 0x00, 0x23, 0, 0, 0]), .utf32)
    XCTAssertEqual(InputKind.sniff([0x89] + bytes("PNG\r\n\u{1A}\n")), .image("PNG"))
    XCTAssertEqual(InputKind.sniff([0xFF, 0xD8, 0xFF, 0xE0]), .image("JPEG"))
    XCTAssertEqual(InputKind.sniff([0x1F, 0x8B, 0x08, 0x00]), .archive("gzip"))
    XCTAssertEqual(InputKind.sniff([0x7F] + bytes("ELF") + [2, 1, 1, 0]), .executable)
    XCTAssertEqual(InputKind.sniff(bytes("PK\u{3}\u{4}") + [UInt8](repeating: 0, count: 26) + bytes("notes.txt")), .zip)
  }

  /// Markdown, even with a BOM or a stray control character, is left to the reader (which
  /// reports such characters with their line).
  func testTextIsNotRefused() {
    XCTAssertNil(InputKind.sniff(bytes("# 标题\n\n- 要点\n")))
    XCTAssertNil(InputKind.sniff([0xEF, 0xBB, 0xBF] + bytes("# Title\n")))
    XCTAssertNil(InputKind.sniff(bytes("# A\n\nx\u{0}y\u{1}z\n")))
    XCTAssertNil(InputKind.sniff([]))
    XCTAssertNil(InputKind.sniff(bytes("\u{1B}[1mcoloured\u{1B}[0m\n")))
    XCTAssertEqual(InputKind.sniff([UInt8](repeating: 0, count: 100)), .binary)
  }
}
