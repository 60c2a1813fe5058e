import CardModel
import ExportKit
import Foundation
import PrepModel
import XCTest

@testable import CueCardExport

/// Reads Markdown written in a test into the model.
func prepDocument(_ markdown: String, answers: String? = nil) throws -> PrepDocument {
  try PrepReader.read(
    [InputFile(name: "prep.md", bytes: Array(markdown.utf8))],
    answers: answers.map { InputFile(name: "answers.md", bytes: Array($0.utf8)) }
  ).document
}

/// The cards exporter's output as text.
func cardsText(_ document: PrepDocument, _ cards: CardOptions = CardOptions()) throws -> String {
  let data = try CueCardExporter().export(document, options: ExportOptions(cards: cards)).data
  return try XCTUnwrap(String(data: data, encoding: .utf8))
}

/// The pages of the output, each as lines: split at form feeds, or for `.blank` every
/// `rows` lines, checking the empty line between pages (cards without a border have empty
/// lines of their own).
func pages(_ text: String, separator: CardOptions.Separator = .formfeed, rows: Int = 16) -> [[String]] {
  XCTAssertTrue(text.hasSuffix("\n"), "output ends with a newline")
  let body = String(text.dropLast())
  guard separator == .blank else {
    return body.components(separatedBy: "\n\u{0C}").map { $0.components(separatedBy: "\n") }
  }
  let lines = body.components(separatedBy: "\n")
  return stride(from: 0, to: lines.count, by: rows + 1).map { start in
    if start > 0 { XCTAssertEqual(lines[start - 1], "", "a blank line between cards") }
    return Array(lines[start..<min(lines.count, start + rows)])
  }
}

/// The text rows of a bordered or unbordered page, without borders and padding: the rows
/// after the rule under the title, up to the bottom border.
func textRows(_ page: [String], border: CardOptions.Border) -> [String] {
  let ruleChar: Character = border == .unicode ? "├" : (border == .ascii ? "+" : "-")
  guard let rule = page.indices.dropFirst(border == .none ? 0 : 1).first(where: { page[$0].first == ruleChar }) else {
    XCTFail("no rule under the title")
    return []
  }
  let rows = page[(rule + 1)..<(border == .none ? page.count : page.count - 1)]
  return rows.map { unframe($0, border: border) }
}

/// A row without its border: "| text |" → "text" (spaces inside kept, padding at the end removed).
func unframe(_ row: String, border: CardOptions.Border) -> String {
  guard border != .none else { return row }
  var s = Substring(row)
  while s.last == " " { s = s.dropLast() }
  s = s.dropFirst(2).dropLast(2)
  while s.last == " " { s = s.dropLast() }
  return String(s)
}

/// White space removed, for "nothing was cut" comparisons across wrapped lines.
func withoutSpaces(_ text: String) -> String { String(text.filter { !$0.isWhitespace }) }
