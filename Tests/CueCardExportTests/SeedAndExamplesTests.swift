import CardModel
import ExportKit
import Foundation
import TestSupport
import XCTest

@testable import CueCardExport

/// The real documents: the seed (when ../shared is there) and the bundled examples.
final class SeedAndExamplesTests: XCTestCase {
  private func read(_ url: URL, answers: URL? = nil) throws -> PrepDocument {
    func input(_ url: URL) throws -> InputFile {
      InputFile(name: url.lastPathComponent, bytes: Array(try Data(contentsOf: url)))
    }
    return try PrepReader.read([input(url)], answers: answers.map(input)).document
  }

  func testTheSeedsReasonsCardComesFromItsSummaryKeyPoints() throws {
    guard let seed = Paths.seed else { throw XCTSkip("../shared/fixtures/seed-prep-zh.md is not beside this clone") }
    let printed = pages(try cardsText(try read(seed)))
    let card = try XCTUnwrap(printed.first { $0[1].hasPrefix("| 跳槽/转岗原因 ") }, "no 跳槽/转岗原因 card")
    let total = printed.count
    XCTAssertEqual(
      card,
      [
        "+----------------------------------------------+",
        "| 跳槽/转岗原因" + String(repeating: " ", count: 31 - "\(total)/\(total)".count) + "\(total)/\(total) |",
        "+----------------------------------------------+",
        "| 1. 强调和原先团队的目标不一致而非批评        |",
        "| 2. 强调对于技术债务，我已经尽可能地做了很    |",
        "|    多，而且很重视细节以及在这过程中培养出来  |",
        "|    的工程师素质；但是目前个人发展的诉求和阶  |",
        "|    段与原先团队的目标发生了偏离，因此选择转  |",
        "|    岗                                        |",
      ] + Array(repeating: "|                                              |", count: 6) + [
        "+----------------------------------------------+"
      ])
  }

  func testTheSeedsQuestionsContinueOnASecondCard() throws {
    guard let seed = Paths.seed else { throw XCTSkip("../shared/fixtures/seed-prep-zh.md is not beside this clone") }
    let printed = pages(try cardsText(try read(seed)))
    XCTAssertEqual(printed.map { $0[1].hasPrefix("| 对面试官的问题(续) ") }, [false, true, false])
    let text = withoutSpaces(printed.map { textRows($0, border: .ascii).joined() }.joined())
    XCTAssertTrue(text.contains("4.如何支持员工的技术成长和职业发展？"))
  }

  func testTheExamplesPrintEveryTopicWithMaterial() throws {
    for lang in ["zh", "en"] {
      let doc = try read(
        Paths.template("examples/prep-\(lang).md"), answers: Paths.template("examples/answers-\(lang).md"))
      let text = try cardsText(doc)
      let printed = pages(text)
      XCTAssertEqual(printed.count, CardSelection.cards(for: doc).count, "\(lang): every example card fits one page")
      for (topic, _) in doc.allTopics where topic.hasMaterial {
        XCTAssertTrue(text.contains("| " + topic.titleText + " "), "\(lang): no card for \(topic.titleText)")
      }
    }
  }
}
