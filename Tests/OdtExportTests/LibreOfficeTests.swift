import ExportKit
import Foundation
import OdtExport
import TestSupport
import XCTest

/// LibreOffice's own reading of the file: every paragraph's text, in order.
final class LibreOfficeTests: XCTestCase {
  private func libreOfficeText(_ odt: Data, _ name: String) throws -> String {
    if let reason = OfficeTools.libreOfficeMissingReason { throw XCTSkip(reason) }
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent(name)
    try odt.write(to: url)
    return try XCTUnwrap(try OfficeTools.textExport(url), "LibreOffice wrote no text for \(name)")
  }

  func testLibreOfficeReadsEveryParagraphOfTheExamplesInOrder() throws {
    for lang in ["zh", "en"] {
      let document = try prepDocument(try example("prep-\(lang).md"), answers: try example("answers-\(lang).md"))
      let options = ExportOptions(tableOfContents: true, review: true, creationDate: fixedDate)
      let data = try OdtExporter().export(document, options: options).data
      try assertValid(try Odt(data), "example-\(lang)-toc-review.odt")
      let text = try libreOfficeText(data, "example-\(lang).odt")
      assertHoldsInOrder(text, expectedTexts(document))
      let questionAnswers = document.allTopics.flatMap { $0.topic.questions.compactMap(\.answer) }
      XCTAssertFalse(questionAnswers.isEmpty)
      for answer in questionAnswers { assertHoldsInOrder(text, [Block.plainText(answer.blocks)]) }
    }
  }

  func testSeed() throws {
    guard let seed = Paths.seed else { throw XCTSkip("../shared/fixtures/seed-prep-zh.md is absent") }
    let document = try PrepReader.read([InputFile(name: "seed-prep-zh.md", bytes: Array(try Data(contentsOf: seed)))])
      .document
    let data = try OdtExporter().export(document, options: ExportOptions(creationDate: fixedDate)).data
    let odt = try Odt(data)
    XCTAssertEqual(try odt.texts(style: "Title"), ["提问环节"])
    XCTAssertEqual(try odt.select("content.xml", "//text:h").map(Odt.text(of:)), ["对面试官的问题", "跳槽/转岗原因"])
    XCTAssertTrue(try odt.texts(style: "Label").contains("总结一下话术："))
    // Chinese wrapped in the source gains no spaces; the seed's paragraphs hold none.
    XCTAssertFalse(try odt.texts(style: "Text_20_body").contains { $0.contains("， ") || $0.contains("。 ") })
    assertHoldsInOrder(try odt.paragraphTexts().joined(separator: "\n"), expectedTexts(document))
    try assertValid(odt, "seed.odt")
    assertHoldsInOrder(try libreOfficeText(data, "seed.odt"), expectedTexts(document))
  }
}
