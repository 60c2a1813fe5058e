import DocxExport
import ExportKit
import Foundation
import TestSupport
import XCTest

/// LibreOffice's own reading of the file: every paragraph's text, in order.
final class LibreOfficeTests: XCTestCase {
  private func libreOfficeText(_ docx: Data, _ name: String) throws -> String {
    if let reason = OfficeTools.libreOfficeMissingReason { throw XCTSkip(reason) }
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent(name)
    try docx.write(to: url)
    return try XCTUnwrap(try OfficeTools.textExport(url), "LibreOffice wrote no text for \(name)")
  }

  func testLibreOfficeReadsEveryParagraphOfTheExamplesInOrder() throws {
    for lang in ["zh", "en"] {
      let document = try prepDocument(try example("prep-\(lang).md"), answers: try example("answers-\(lang).md"))
      let options = ExportOptions(tableOfContents: true, review: true, creationDate: fixedDate)
      let data = try export(document, options: options).data
      let text = try libreOfficeText(data, "example-\(lang).docx")
      assertHoldsInOrder(text, expectedTexts(document))
    }
  }

  func testSeed() throws {
    guard let seed = Paths.seed else { throw XCTSkip("../shared/fixtures/seed-prep-zh.md is absent") }
    let document = try PrepReader.read([InputFile(name: "seed-prep-zh.md", bytes: Array(try Data(contentsOf: seed)))])
      .document
    let docx = try export(document)
    let data = docx.data
    XCTAssertEqual(try docx.texts(style: "Title"), ["提问环节"])
    XCTAssertEqual(try docx.texts(style: "Heading1"), ["对面试官的问题", "跳槽/转岗原因"])
    XCTAssertTrue(try docx.texts(style: "Label").contains("总结一下话术："))
    assertHoldsInOrder(try docx.paragraphTexts().joined(separator: "\n"), expectedTexts(document))
    assertHoldsInOrder(try libreOfficeText(data, "seed.docx"), expectedTexts(document))
  }
}
