import CardModel
import ExportKit
import XCTest

@testable import CueCardExport

/// Numbering, separators, duplex, long titles and the exporter's description.
final class CardLayoutTests: XCTestCase {
  private let twoTopics = "## Alpha\n\n- one\n- two\n\n## Beta\n\n- three\n"

  func testFormFeedStartsEveryCardAfterTheFirstAndBlankSeparatesOnScreens() throws {
    let doc = try prepDocument(twoTopics)
    let feed = try cardsText(doc, CardOptions(columns: 24, rows: 6))
    XCTAssertEqual(feed.components(separatedBy: "\u{0C}").count, 2)
    XCTAssertTrue(feed.contains("+\n\u{0C}+"))
    let blank = try cardsText(doc, CardOptions(columns: 24, rows: 6, separator: .blank))
    XCTAssertFalse(blank.contains("\u{0C}"))
    XCTAssertTrue(blank.contains("+\n\n+"))
    XCTAssertEqual(pages(blank, separator: .blank, rows: 6).count, 2)
  }

  func testDuplexAlternatesFrontsAndBacksWithTheSameNumber() throws {
    let doc = try prepDocument(twoTopics)
    let printed = pages(try cardsText(doc, CardOptions(columns: 24, rows: 6, duplex: true)))
    XCTAssertEqual(printed.count, 4)
    XCTAssertEqual(
      printed.map { $0[1] },
      ["| Alpha            1/2 |", "| Alpha            1/2 |", "| Beta             2/2 |", "| Beta             2/2 |"])
    XCTAssertEqual(textRows(printed[0], border: .ascii), ["", ""], "the front holds the title only")
    XCTAssertEqual(textRows(printed[1], border: .ascii), ["- one", "- two"])
  }

  func testALongTitleWrapsAndNeverPushesTheNumberOff() throws {
    let doc = try prepDocument("## What would make this hire a success after one year in the team?\n\n- goals\n")
    let page = pages(try cardsText(doc, CardOptions(columns: 30, rows: 9)))[0]
    XCTAssertEqual(
      Array(page.prefix(5)),
      [
        "+----------------------------+",
        "| What would make this   1/1 |",
        "| hire a success after       |",
        "| one year in the team?      |",
        "+----------------------------+",
      ])
  }

  func testATitleLongerThanTheCardSpillsIntoTheTextAreaAndIsNotCut() throws {
    let title = (1...30).map { "word\($0)" }.joined(separator: " ")
    let doc = try prepDocument("## \(title)\n\n- the point\n")
    let printed = pages(try cardsText(doc, CardOptions(columns: 24, rows: 6)), rows: 6)
    let shown = printed.map { page in page.map { unframe($0, border: .ascii) }.joined(separator: " ") }.joined(
      separator: " ")
    for n in 1...30 { XCTAssertTrue(shown.contains("word\(n)"), "word\(n) missing") }
    XCTAssertTrue(shown.contains("the point"))
    XCTAssertTrue(printed.allSatisfy { $0.count == 6 })
    XCTAssertFalse(shown.contains("…"), "nothing is shortened, headers included")
    // The continuations say "(cont.)" alone: the title is printed whole on the first card.
    for page in printed.dropFirst() { XCTAssertTrue(page[1].hasPrefix("| (cont.) "), page[1]) }
  }

  func testProseGivesEverySentenceWhenItFitsElseTheFirstOfEachParagraphUnlessFull() throws {
    let short = try prepDocument("## Story\n\nOne. Two.\n\nThree. Four.\n")
    XCTAssertEqual(
      textRows(pages(try cardsText(short, CardOptions(columns: 30, rows: 9)))[0], border: .ascii).prefix(4),
      ["- One.", "- Two.", "- Three.", "- Four."])
    let paragraphs = (1...6).map { "First \($0). Then more words \($0). And the rest \($0)." }
    let long = try prepDocument("## Story\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
    let condensed = pages(try cardsText(long, CardOptions(columns: 30, rows: 10)))
    XCTAssertEqual(condensed.count, 1, "six first sentences fit one card")
    XCTAssertEqual(
      textRows(condensed[0], border: .ascii).prefix(6), ArraySlice((1...6).map { "- First \($0)." }))
    let full = pages(try cardsText(long, CardOptions(columns: 30, rows: 10, full: true)))
    XCTAssertGreaterThan(full.count, 1)
    let text = full.map { textRows($0, border: .ascii).joined(separator: " ") }.joined(separator: " ")
    for n in 1...6 { XCTAssertTrue(text.contains("- And the rest \(n)."), "sentence \(n) kept with --full") }
  }

  func testAnEnDashIsOneColumnInChineseAsTheMonospaceFontsDrawIt() throws {
    let doc = try prepDocument("---\nlang: zh-CN\n---\n## 期望\n\n- 涨幅 25%–30%\n")
    let printed = pages(try cardsText(doc, CardOptions(columns: 24, rows: 6)), rows: 6)
    XCTAssertEqual(printed[0][3], "| - 涨幅 25%–30%       |", "the row is 24 columns with – counted as 1")
  }

  func testCardNumbersCountContinuationCards() throws {
    let items = (1...12).map { "- item number \($0)" }.joined(separator: "\n")
    let doc = try prepDocument("## One\n\n\(items)\n\n## Two\n\n- last\n")
    let printed = pages(try cardsText(doc, CardOptions(columns: 30, rows: 8)))
    XCTAssertEqual(printed.count, 4)
    XCTAssertEqual(
      printed.map { $0[1] }.map { String($0.suffix(6)) }, ["1/4 |", "2/4 |", "3/4 |", "4/4 |"].map { " " + $0 })
    XCTAssertTrue(printed[1][1].contains("One (cont.)"))
  }

  func testAWordWiderThanTheCardIsHardBroken() throws {
    let word = String(repeating: "abcdefghij", count: 5)
    let doc = try prepDocument("## Long\n\n- \(word)\n")
    let rows = textRows(pages(try cardsText(doc, CardOptions(columns: 24, rows: 8)))[0], border: .ascii)
    // 20 columns of text, 18 after the bullet.
    XCTAssertEqual(rows.prefix(3), ["- abcdefghijabcdefgh", "  ijabcdefghijabcdef", "  ghijabcdefghij"])
  }

  func testAHugeListNumberPutsTheTextUnderItAndDeepNestingKeepsRoomForText() throws {
    let doc = try prepDocument(
      "## Numbers\n\n123456789. 一二三四五六七八九十\n\n## Deep\n\n- a\n  - b\n    - c\n      - d\n        - 一二三四五六七八九十\n")
    let printed = pages(try cardsText(doc, CardOptions(columns: 20, rows: 12)))
    XCTAssertEqual(textRows(printed[0], border: .ascii).prefix(3), ["123456789.", "一二三四五六七八", "九十"])
    // 16 columns of text: the fifth level stays under the fourth, keeping 8 columns for text.
    XCTAssertEqual(
      textRows(printed[1], border: .ascii).prefix(7),
      ["- a", "  - b", "    - c", "      - d", "      - 一二三四", "        五六七八", "        九十"])
  }

  func testTheExporterDescribesItself() throws {
    let exporter = CueCardExporter()
    XCTAssertEqual(exporter.name, "cards")
    XCTAssertEqual(exporter.fileExtension, "cards.txt")
    XCTAssertFalse(exporter.isBinary)
    XCTAssertTrue(CueCardExporter.Options.self == CueCardOptions.self)
  }
}
