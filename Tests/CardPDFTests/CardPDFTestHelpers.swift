import CardModel
import Foundation
import TestSupport
import XCTest

/// A PDF the real `prepexport cards-pdf` wrote, with what poppler reads back from it.
struct PrintedPDF {
  let url: URL
  let stderr: String
  let pages: [(width: Double, height: Double)]
  let words: [PDFTools.Word]

  /// Exports `markdown` (and `answers`) with `arguments` in a temporary folder.
  static func make(
    _ markdown: String, answers: String? = nil, _ arguments: [String] = [], environment: [String: String] = [:],
    file: StaticString = #filePath, line: UInt = #line
  ) throws -> PrintedPDF {
    try PDFTools.requireTools()
    let folder = PrintedPDF.newFolder()
    try Data(markdown.utf8).write(to: folder.appendingPathComponent("prep.md"))
    var input = ["prep.md"]
    if let answers {
      try Data(answers.utf8).write(to: folder.appendingPathComponent("answers.md"))
      input += ["--answers", "answers.md"]
    }
    let result = try Command.prepexport(
      ["cards-pdf"] + input + ["-o", "cards.pdf"] + arguments, in: folder, environment: environment)
    XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
    let url = folder.appendingPathComponent("cards.pdf")
    return PrintedPDF(url: url, stderr: result.stderr, pages: try PDFTools.pages(url), words: try PDFTools.words(url))
  }

  /// Exports a file on disk (the seed, an example).
  static func make(file input: URL, answers: URL? = nil, _ arguments: [String] = []) throws -> PrintedPDF {
    let answersText = try answers.map { try String(contentsOf: $0, encoding: .utf8) }
    return try make(try String(contentsOf: input, encoding: .utf8), answers: answersText, arguments)
  }

  /// The folder under which this process's test PDFs are written; removed by `removeAll`.
  static let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "prepexport-card-pdf-tests-\(ProcessInfo.processInfo.processIdentifier)")

  /// A new empty folder under `root`.
  static func newFolder() -> URL {
    let url = root.appendingPathComponent(UUID().uuidString)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Removes every test PDF (each test class calls this when it ends).
  static func removeAll() { try? FileManager.default.removeItem(at: root) }

  /// Every character of the words on the PDF's pages.
  var printedCharacters: [Unicode.Scalar: Int] { PDFTools.characterCounts(words.map(\.text)) }
}

/// The cards' expected text: titles and the points a printed card holds (every sentence with
/// --full, else at least the first sentence of each paragraph).
func expectedTexts(_ cards: [CardContent], full: Bool) -> [String] {
  cards.flatMap { card in [card.title] + (full ? card.points : (card.brief ?? card.points)).map(\.text) }
}

/// Asserts that every character of `expected` is printed, as often as it occurs there; a
/// character the PDF lacks must be one that the warnings name (no installed font has it).
func assertEveryCharacterPrinted(
  _ pdf: PrintedPDF, _ expected: [String], file: StaticString = #filePath, line: UInt = #line
) {
  let printed = pdf.printedCharacters
  for (scalar, count) in PDFTools.characterCounts(expected) where printed[scalar, default: 0] < count {
    let code = String(scalar.value, radix: 16, uppercase: true)
    let named = pdf.stderr.contains("U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code)
    XCTAssertTrue(
      named,
      "\(scalar) (U+\(code)) printed \(printed[scalar, default: 0]) times, expected \(count); warnings: \(pdf.stderr)",
      file: file, line: line)
  }
}

/// A card's place on a page, in points (y down), and its text area (18 pt inside its edges).
struct CardRect: CustomStringConvertible {
  var x, y, width, height: Double
  static let margin = 18.0

  func holds(_ word: PDFTools.Word) -> Bool {
    // pdftotext's vertical extent of a word comes from the font's bounding box, which for
    // Cairo's Type 3 fonts is that of every glyph used, so it can reach above the line: the
    // horizontal extent is checked exactly, the vertical by the word's middle and bottom.
    word.xMin >= x + CardRect.margin - 0.5 && word.xMax <= x + width - CardRect.margin + 0.5
      && word.centerY >= y + CardRect.margin && word.centerY <= y + height - CardRect.margin
      && word.yMax <= y + height - CardRect.margin + 2
  }

  var description: String { "(\(x), \(y), \(width)×\(height))" }
}

/// Asserts that every word of each page lies in the text area of one of `slots`.
func assertWordsInsideMargins(
  _ pdf: PrintedPDF, slots: [CardRect], file: StaticString = #filePath, line: UInt = #line
) {
  XCTAssertFalse(pdf.words.isEmpty, "no words", file: file, line: line)
  for word in pdf.words where !slots.contains(where: { $0.holds(word) }) {
    XCTFail("\(word) is outside every card's margins \(slots)", file: file, line: line)
  }
}
