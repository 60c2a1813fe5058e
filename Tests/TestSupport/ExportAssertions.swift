import ExportKit
import Foundation
import XCTest

/// The texts a document must show, in document order, read from the model independently of
/// the writer: every paragraph, item, code line, table cell, answer and appendix entry.
public func expectedTexts(_ document: PrepDocument) -> [String] {
  var out: [String] = []
  let m = document.metadata
  out.append(m.title)
  for value in [m.subtitle, m.roleLine, m.candidate] { if let value { out.append(value) } }
  func visible(_ inlines: Inlines) -> String { RawHTMLText.text(inlines.plainText, block: false) }
  func add(_ blocks: Blocks) {
    var stack: [Block] = Array(blocks).reversed()
    while let block = stack.popLast() {
      switch block {
      case .paragraph(let inlines), .heading(_, let inlines): out.append(visible(inlines))
      case .list(let list): stack.append(contentsOf: list.items.flatMap(\.blocks).reversed())
      case .blockQuote(let inner): stack.append(contentsOf: Array(inner).reversed())
      case .codeBlock(_, let text): out.append(contentsOf: text.split(separator: "\n").map(String.init))
      case .html(let html): out.append(RawHTMLText.text(String(html), block: true))
      case .table(let table):
        for row in table.allRows { out.append(contentsOf: row.map(\.plainText)) }
      case .thematicBreak: break
      }
    }
  }
  add(document.preamble)
  for (topic, _) in document.allTopics {
    out.append(visible(topic.title))
    for part in topic.parts {
      if let label = part.labelText { out.append(label) }
      add(part.blocks)
    }
    if let answer = topic.answer { add(answer.blocks) }
  }
  for unmatched in document.unmatchedAnswers {
    out.append(unmatched.headingText)
    add(unmatched.blocks)
  }
  return out.filter { !squeezed($0).isEmpty }
}

/// Asserts that every expected text is in `actual`, in order (white space ignored).
public func assertHoldsInOrder(
  _ actual: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line
) {
  let haystack = squeezed(actual)
  var position = haystack.startIndex
  for text in expected {
    let needle = squeezed(text)
    guard let found = haystack.range(of: needle, range: position..<haystack.endIndex) else {
      let present = haystack.contains(needle)
      XCTFail("\(present ? "out of order" : "missing"): \(text)", file: file, line: line)
      return
    }
    position = found.upperBound
  }
}

/// A fixed creation time, so that outputs are comparable.
public let fixedDate = Date(timeIntervalSince1970: 1_796_000_000)

/// Reads Markdown written in a test into the model.
public func prepDocument(_ markdown: String, answers: String? = nil, lang: String? = nil, cjkFont: String? = nil) throws
  -> PrepDocument
{
  try PrepReader.read(
    [InputFile(name: "prep.md", bytes: Array(markdown.utf8))],
    answers: answers.map { InputFile(name: "answers.md", bytes: Array($0.utf8)) },
    options: ReadOptions(lang: lang.flatMap(LanguageTag.init(parsing:)), cjkFont: cjkFont)
  ).document
}

/// Reads a file under Templates/examples.
public func example(_ name: String) throws -> String {
  try String(contentsOf: Paths.template("examples/" + name), encoding: .utf8)
}

/// Writes an exported package to a temporary file and runs validate-office on it (strict ODF
/// 1.3 for ODT); when the validator is missing the test is skipped with the reason.
public func assertValidOffice(_ data: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
  // A test that cannot validate what it made is skipped, never passed (its other assertions
  // ran before this point).
  if let reason = OfficeTools.validatorMissingReason { throw XCTSkip("validate-office not run: \(reason)") }
  let folder = Paths.temporaryFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let url = folder.appendingPathComponent(name)
  try data.write(to: url)
  let result = try XCTUnwrap(try OfficeTools.validate(url), file: file, line: line)
  XCTAssertTrue(result.passed, result.report, file: file, line: line)
}
