import CardModel
import ExportKit
import TestSupport
import XCTest

@testable import CueCardExport

/// Properties that hold for every card of every document (SPEC §3.2), checked over a few
/// hundred generated documents, sizes, borders and languages.
final class CardPropertyTests: XCTestCase {
  private static let cases = 300

  func testEveryCardHoldsTheSpecsPromises() throws {
    for seed in 0..<UInt64(Self.cases) {
      var generator = GeneratedPrep(seed: seed)
      let markdown = generator.markdown()
      let options = CardOptions(
        columns: generator.random.pick([20, 21, 27, 33, 48, 56, 60, 75]),
        rows: generator.random.pick([6, 9, 16, 22, 30]),
        border: generator.random.pick(CardOptions.Border.allCases),
        separator: generator.random.pick(CardOptions.Separator.allCases),
        duplex: generator.random.chance(20), full: generator.random.chance(30))
      let doc = try prepDocument(markdown)
      try check(doc, options, context: "seed \(seed) \(options)")
    }
  }

  private func check(_ doc: PrepDocument, _ options: CardOptions, context: String) throws {
    let text = try cardsText(doc, options)
    let printed = pages(text, separator: options.separator, rows: options.rows)
    let contents = CardSelection.cards(for: doc)
    XCTAssertFalse(contents.isEmpty, context)
    var bodies = ""
    for (index, page) in printed.enumerated() {
      XCTAssertEqual(page.count, options.rows, "page \(index) rows\n\(context)")
      for line in page {
        let width = DisplayWidth.of(line, ambiguous: AmbiguousWidth(doc.metadata.lang))
        if options.border == .none {
          XCTAssertLessThanOrEqual(width, options.columns, "\(line)\n\(context)")
          XCTAssertFalse(line.hasSuffix(" "), "trailing space: \(line)\n\(context)")
        } else {
          XCTAssertEqual(width, options.columns, "width of \(line)\n\(context)")
        }
      }
      let rows = textRows(page, border: options.border)
      for row in rows { checkKinsoku(row, context: context) }
      // Fronts repeat nothing of the points; the backs hold them.
      if !options.duplex || index % 2 == 1 { bodies += rows.joined() }
    }
    // Nothing cut: every point's text is printed, in order: every sentence with --full,
    // else at least the first sentence of each paragraph (every sentence when they fit).
    let printedText = withoutSpaces(bodies)
    var searchFrom = printedText.startIndex
    for point in contents.flatMap({ options.full ? $0.points : ($0.brief ?? $0.points) }) {
      let wanted = withoutSpaces(point.text)
      guard let found = printedText.range(of: wanted, range: searchFrom..<printedText.endIndex) else {
        XCTFail("point not printed whole: \(point.text)\n\(context)")
        return
      }
      searchFrom = found.upperBound
    }
    let cardCount = options.duplex ? printed.count / 2 : printed.count
    if options.duplex { XCTAssertEqual(printed.count % 2, 0, context) }
    XCTAssertTrue(printed.first?.joined().contains("1/\(cardCount)") ?? false, "numbering counts all cards\n\(context)")
  }

  /// A text row neither starts (after its indent and marker) with closing punctuation or
  /// small kana, nor ends with an opening bracket.
  private func checkKinsoku(_ row: String, context: String) {
    var text = Substring(row)
    while text.first == " " { text = text.dropFirst() }
    text = withoutMarker(text)
    guard let first = text.first, let last = text.last else { return }
    XCTAssertTrue(Kinsoku.mayStartLine(first), "line starts with \(first): \(row)\n\(context)")
    XCTAssertTrue(Kinsoku.mayEndLine(last), "line ends with \(last): \(row)\n\(context)")
  }

  /// The text after a leading "- ", "12. ", "[x] " or "[ ] ".
  private func withoutMarker(_ text: Substring) -> Substring {
    for marker in ["- ", "[x] ", "[ ] "] where text.hasPrefix(marker) { return text.dropFirst(marker.count) }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty && text.dropFirst(digits.count).hasPrefix(". ") { return text.dropFirst(digits.count + 2) }
    return text
  }
}
