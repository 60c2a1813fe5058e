import CPangoCairo
import CardModel
import ExportKit
import TestSupport
import XCTest

@testable import CardPDFDrawing

/// Pango's line breaking as the cards use it: kinsoku kept (SPEC §3.2's list, which Pango's
/// UAX #14 misses for `·` and `～`), nothing lost, no line wider than asked, and long
/// paragraphs laid out a piece at a time exactly as they would be whole.
final class TypesetterTests: XCTestCase {
  private func typesetter(_ lang: String = "zh-CN") -> (Typesetter, PDFOutput) {
    let output = PDFOutput(width: 360, height: 216, title: "", author: nil, creator: "", date: Date())
    let job = CardPrintJob(cards: [], lang: lang)
    let typesetter = Typesetter(
      cairo: output.cairo, fonts: CardFonts(job: job), sizes: TypeSizes(body: 9), language: job.languageTag)
    return (typesetter, output)
  }

  private func lines(_ text: String, width: Double, in typesetter: Typesetter) -> [String] {
    let bytes = TextBytes(text)
    return typesetter.lines(of: bytes, style: .body, width: width).map { bytes.text(of: $0) }
  }

  func testKinsokuIsKeptWherePangoAloneWouldBreak() {
    let (typesetter, output) = typesetter()
    _ = output
    // Pango (UAX #14) allows a break before "·" and "～" after an ideograph; kinsoku does not.
    for mark in ["·", "～"] {
      let text = String(repeating: "中", count: 6) + mark + String(repeating: "文", count: 6)
      for width in stride(from: 30.0, through: 120, by: 1) {
        for line in lines(text, width: width, in: typesetter).dropFirst() {
          XCTAssertNotEqual(line.first.map(String.init), mark, "width \(width): \(line)")
        }
      }
    }
  }

  func testGeneratedTextKeepsKinsokuLosesNothingAndFitsItsWidth() {
    let (typesetter, output) = typesetter()
    _ = output
    for seed in 0..<UInt64(60) {
      var generator = GeneratedPrep(seed: seed)
      let text = PrintableText.line(generator.text(words: 10 + Int(seed % 40)))
      let width = [40.0, 75, 120, 200, 320][Int(seed % 5)]
      let bytes = TextBytes(text)
      let boxes = typesetter.lines(of: bytes, style: .body, width: width)
      let broken = boxes.map { bytes.text(of: $0) }
      XCTAssertEqual(broken.joined(), text, "seed \(seed): the lines are the text")
      for (index, box) in boxes.enumerated() where box.end - box.start > 4 {
        XCTAssertLessThanOrEqual(box.width, width + 0.01, "seed \(seed): \(broken[index])")
      }
      for (before, after) in zip(broken, broken.dropFirst()) {
        let end = before.trimmingCharacters(in: .whitespaces)
        guard let last = end.last, let first = after.first else { continue }
        XCTAssertTrue(Kinsoku.mayStartLine(first), "seed \(seed): line starts with \(first): \(after)")
        XCTAssertTrue(Kinsoku.mayEndLine(last), "seed \(seed): line ends with \(last): \(before)")
      }
    }
  }

  func testALongParagraphIsLaidOutInPiecesExactlyAsWhole() {
    let (typesetter, output) = typesetter()
    _ = output
    var generator = GeneratedPrep(seed: 42)
    var text = ""
    while text.utf8.count < 3 * Typesetter.chunkBytes { text += PrintableText.line(generator.text(words: 40)) + " " }
    let bytes = TextBytes(text)
    let pieces = typesetter.lines(of: bytes, style: .body, width: 150)
    let whole = typesetter.lines(of: bytes, style: .body, width: 150, chunkBytes: Int.max)
    XCTAssertEqual(pieces.map(\.start), whole.map(\.start))
    XCTAssertEqual(pieces.map(\.end), whole.map(\.end))
  }

  func testAWordLongerThanTheLineIsBrokenAndNothingIsLost() {
    let (typesetter, output) = typesetter("en-US")
    _ = output
    let word = String(repeating: "abcdefghij", count: 20)
    let broken = lines("see " + word + " here", width: 100, in: typesetter)
    XCTAssertGreaterThan(broken.count, 2)
    XCTAssertEqual(broken.joined(), "see " + word + " here")
  }

  func testDefaultFontsFollowTheLanguage() {
    XCTAssertEqual(CardFonts(job: CardPrintJob(cards: [], lang: "zh-CN")).cjk, "Noto Sans CJK SC")
    XCTAssertEqual(CardFonts(job: CardPrintJob(cards: [], lang: "zh-TW")).cjk, "Noto Sans CJK TC")
    XCTAssertEqual(CardFonts(job: CardPrintJob(cards: [], lang: "zh-HK")).cjk, "Noto Sans CJK HK")
    XCTAssertEqual(CardFonts(job: CardPrintJob(cards: [], lang: "ja-JP")).mono, "Noto Sans Mono CJK JP")
    XCTAssertEqual(CardFonts(job: CardPrintJob(cards: [], lang: "ko")).cjk, "Noto Sans CJK KR")
    let chosen = CardFonts(job: CardPrintJob(cards: [], lang: "en-US", latinFont: "Carlito", cjkFont: "A, B"))
    XCTAssertEqual(chosen.families(.body), "Carlito,A  B", "a comma in a name cannot split it into two families")
    XCTAssertEqual(chosen.families(.code), "Noto Sans Mono CJK SC,A  B")
  }
}
