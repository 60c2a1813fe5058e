import CardModel
import CardPDFExport
import ExportKit
import Foundation
import TestSupport
import XCTest

/// What the PDF cards say (SPEC §3.2b): every point's text, inside the margins, continued and
/// never cut, on the seed, the examples and generated long mixed CJK/Latin cards; warnings
/// for fonts that are missing.
final class CardPDFContentTests: XCTestCase {
  override class func tearDown() { PrintedPDF.removeAll() }

  private static let card = CardRect(x: 0, y: 0, width: 360, height: 216)

  private func cards(_ markdown: String, answers: String? = nil) throws -> [CardContent] {
    CardSelection.cards(for: try prepDocument(markdown, answers: answers))
  }

  func testTheSeedPrintsEveryPointInsideTheMargins() throws {
    guard let seed = Paths.seed else { throw XCTSkip("../shared/fixtures/seed-prep-zh.md is not beside this clone") }
    let markdown = try String(contentsOf: seed, encoding: .utf8)
    let expected = expectedTexts(try cards(markdown), full: false)
    for (arguments, slots) in [
      ([String](), [Self.card]), (["--paper", "a4"], CardPDFPaperTests.slots(paper: "a4", size: "3x5")),
    ] {
      let pdf = try PrintedPDF.make(markdown, arguments)
      XCTAssertEqual(pdf.stderr, "wrote cards.pdf\n", "no warning: the fonts are installed")
      assertEveryCharacterPrinted(pdf, expected)
      assertWordsInsideMargins(pdf, slots: slots)
    }
  }

  func testBothExamplesPrintEveryPointOnCardsAndSheets() throws {
    for lang in ["zh", "en"] {
      let prep = try example("prep-\(lang).md")
      let answers = try example("answers-\(lang).md")
      let expected = expectedTexts(try cards(prep, answers: answers), full: false)
      for (size, slots) in [
        ("4x6", [CardRect(x: 0, y: 0, width: 432, height: 288)]),
        ("a6", CardPDFPaperTests.slots(paper: "letter", size: "a6")),
      ] {
        let arguments = ["--size", size] + (slots.count > 1 ? ["--paper", "letter"] : [])
        let pdf = try PrintedPDF.make(prep, answers: answers, arguments)
        assertEveryCharacterPrinted(pdf, expected)
        assertWordsInsideMargins(pdf, slots: slots)
      }
    }
  }

  func testGeneratedLongMixedCardsContinueAndAreNeverCut() throws {
    for seed in 0..<UInt64(12) {
      var generator = GeneratedPrep(seed: seed &* 7 &+ 3)
      let markdown = generator.markdown()
      let full = seed % 3 == 0
      let size = ["3x5", "4x6", "a6"][Int(seed % 3)]
      let pdf = try PrintedPDF.make(markdown, ["--size", size] + (full ? ["--full"] : []))
      let expected = expectedTexts(try cards(markdown), full: full)
      assertEveryCharacterPrinted(pdf, expected)
      let card = cardSize(size)
      assertWordsInsideMargins(pdf, slots: [CardRect(x: 0, y: 0, width: card.width, height: card.height)])
      // The number N/M of every card.
      let total = pdf.pages.count
      for page in 0..<total {
        XCTAssertTrue(
          pdf.words.contains { $0.page == page && $0.text.hasSuffix("\(page + 1)/\(total)") },
          "seed \(seed): card \(page + 1) is numbered")
      }
    }
  }

  func testOverflowContinuesOnTheNextCardUnderTheTitleAndCont() throws {
    let items = (1...14).map { "- point number \($0) about distributed storage" }.joined(separator: "\n")
    let pdf = try PrintedPDF.make("## Tell me about yourself\n\n\(items)\n")
    XCTAssertEqual(pdf.pages.count, 2)
    let second = pdf.words.filter { $0.page == 1 }
    XCTAssertEqual(second.prefix(5).map(\.text), ["Tell", "me", "about", "yourself", "(cont.)"])
    XCTAssertTrue(second.contains { $0.text == "2/2" })
    assertEveryCharacterPrinted(pdf, expectedTexts(try cards("## T\n\n\(items)\n"), full: false))
    let chinese = try PrintedPDF.make(
      "---\nlang: zh-CN\n---\n## 自我介绍\n\n" + (1...14).map { "- 第\($0)点：推理优化" }.joined(separator: "\n"))
    XCTAssertTrue(chinese.words.contains { $0.page == 1 && $0.text.hasPrefix("自我介绍(续)") }, "\(chinese.words.prefix(3))")
  }

  func testATitleLongerThanTheCardIsPrintedWholeAndItsContinuationsSayContAlone() throws {
    let title = (1...400).map { "word\($0)" }.joined(separator: " ")
    let pdf = try PrintedPDF.make("## \(title)\n\n- the point\n")
    XCTAssertGreaterThan(pdf.pages.count, 1)
    let printed = Set(pdf.words.map(\.text))
    for n in 1...400 { XCTAssertTrue(printed.contains("word\(n)"), "word\(n)") }
    XCTAssertFalse(pdf.words.contains { $0.text.contains("…") }, "nothing shortened")
    for page in 1..<pdf.pages.count {
      XCTAssertEqual(pdf.words.first { $0.page == page }?.text, "(cont.)")
    }
    assertWordsInsideMargins(pdf, slots: [Self.card])
  }

  func testProseIsCondensedToFirstSentencesOnlyWhenItNeedsMoreThanOneCard() throws {
    let paragraphs = (1...8).map { "First \($0) point. Then detail \($0) follows here. And more \($0) words." }
    let markdown = "## Story\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
    let condensed = try PrintedPDF.make(markdown)
    let words = Set(condensed.words.map(\.text))
    XCTAssertTrue(words.contains("First") && !words.contains("detail"), "first sentences only")
    XCTAssertEqual(condensed.pages.count, 1)
    let full = try PrintedPDF.make(markdown, ["--full"])
    XCTAssertTrue(Set(full.words.map(\.text)).contains("detail"))
    XCTAssertGreaterThan(full.pages.count, 1)
    let short = try PrintedPDF.make("## Story\n\nOne point. Two points.\n")
    XCTAssertTrue(Set(short.words.map(\.text)).isSuperset(of: ["One", "Two"]), "every sentence when they fit")
  }

  func testAMissingFontIsAWarningNamingItAndItsPackage() throws {
    let missing = try PrintedPDF.make("## A\n\n- 中文 text\n", ["--cjk-font", "Nonexistent Sans"])
    XCTAssertTrue(
      missing.stderr.contains(
        "prepexport: warning: font \"Nonexistent Sans\" (fonts.cjk) is not installed, so other installed fonts "
          + "stand in for it (first \""),
      missing.stderr)
    XCTAssertTrue(missing.stderr.contains("`fc-list : family` lists them"), missing.stderr)
    let windows = try PrintedPDF.make("---\nfonts:\n  cjk: Microsoft YaHei\n---\n## A\n\n- 中文\n")
    XCTAssertTrue(windows.stderr.contains("it is a Windows font, not packaged for Debian"), windows.stderr)
    let noto = try PrintedPDF.make("---\nfonts:\n  latin: Noto Sans Tamil Fantasy\n---\n## A\n\n- x\n")
    XCTAssertTrue(noto.stderr.contains("apt-get install fonts-noto-core"), noto.stderr)
  }

  func testACharacterNoFontHasIsAWarningNotASilentBox() throws {
    // Egyptian hieroglyphs: no font of the test setup has them.
    let pdf = try PrintedPDF.make("## Hieroglyphs\n\n- 𓀀 and text\n")
    XCTAssertTrue(pdf.stderr.contains("no installed font has this character: 𓀀 (U+13000)"), pdf.stderr)
    XCTAssertTrue(pdf.stderr.contains("(first on the card \"Hieroglyphs\")"), pdf.stderr)
    XCTAssertTrue(Set(pdf.words.map(\.text)).isSuperset(of: ["and", "text"]))
  }

  func testTheDrawingProgramIsFoundBesideTheBinaryAndItsAbsenceIsAClearError() throws {
    let found = try CardPDFExporter.programBesideExecutable()
    XCTAssertEqual(found.lastPathComponent, "prepexport-card-pdf")
    let document = try prepDocument("## A\n\n- b\n")
    let data = try CardPDFExporter().export(document, options: ExportOptions()).data
    XCTAssertTrue(data.starts(with: Array("%PDF-".utf8)))
    let missing = CardPDFExporter(drawingProgram: URL(fileURLWithPath: "/nonexistent/prepexport-card-pdf"))
    XCTAssertThrowsError(try missing.export(document, options: ExportOptions())) { error in
      XCTAssertTrue(
        "\(error)".hasPrefix("prepexport-card-pdf: cannot run /nonexistent/prepexport-card-pdf: "), "\(error)")
    }
    // A program that fails: its last error line is the reason.
    let failing = CardPDFExporter(drawingProgram: URL(fileURLWithPath: "/bin/false"))
    XCTAssertThrowsError(try failing.export(document, options: ExportOptions())) { error in
      XCTAssertEqual("\(error)", "prepexport-card-pdf: exited with status 1 and wrote no PDF")
    }
  }

  func testTheDrawingProgramRefusesBadInputWithOneLine() throws {
    let program = try CardPDFExporter.programBesideExecutable()
    let result = try Command.run(program.path, [], stdin: Data("not json".utf8))
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.hasPrefix("error: cannot read the print job on stdin: "), result.stderr)
    XCTAssertEqual(result.stderr.split(separator: "\n").count, 1)
    XCTAssertTrue(result.stdout.isEmpty)
    XCTAssertEqual(try Command.run(program.path, ["--help"]).status, 0)
  }
}

/// A card stock's size in points, worked out from inches and millimetres.
func cardSize(_ size: String) -> (width: Double, height: Double) {
  switch size {
  case "4x6": return (432, 288)
  case "a6": return (148 / 25.4 * 72, 105 / 25.4 * 72)
  default: return (360, 216)
  }
}
