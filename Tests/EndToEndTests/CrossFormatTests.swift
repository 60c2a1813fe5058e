import Foundation
import PrepExport
import TestSupport
import XCTest

/// The DOCX and the ODT of one input hold the same content (SPEC §3.1): the same sequence
/// of paragraph texts, each read back from its own package.
final class CrossFormatTests: XCTestCase {
  static let odf = [
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  ]
  static let word = ["w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"]

  /// The non-empty paragraph texts of a DOCX body (table cells included), in order.
  static func docxParagraphs(_ data: Data) throws -> [String] {
    let document = try Package(data).xml("word/document.xml")
    return document.select("//w:body//w:p", namespaces: word).map { paragraph in
      var out = ""
      var stack = [paragraph]
      var order: [SafeXMLNode] = []
      while let node = stack.popLast() {
        order.append(node)
        stack.append(contentsOf: node.children.reversed())
      }
      for node in order where node.namespace == word["w"] {
        switch node.name {
        case "t": out += node.text
        case "tab": out += "\t"
        case "br", "cr": out += "\n"
        default: break
        }
      }
      return out
    }.filter { !$0.isEmpty }
  }

  /// The non-empty paragraph and heading texts of an ODT body, in order.
  static func odtParagraphs(_ data: Data) throws -> [String] {
    let content = try Package(data).xml("content.xml")
    return content.select("//office:text//*[self::text:p or self::text:h]", namespaces: odf).map(odtText).filter {
      !$0.isEmpty
    }
  }

  static func odtText(_ node: SafeXMLNode) -> String {
    var out = ""
    for child in node.childNodes {
      switch child {
      case .text(let s): out += s
      case .element(let e) where e.namespace == odf["text"]:
        switch e.name {
        case "s": out += String(repeating: " ", count: Int(e.attribute("c", namespace: odf["text"]) ?? "1") ?? 1)
        case "tab": out += "\t"
        case "line-break": out += "\n"
        case "bookmark", "bookmark-start", "bookmark-end", "note", "annotation": break
        default: out += odtText(e)
        }
      case .element: break
      }
    }
    return out
  }

  private func assertSameParagraphs(
    _ inputs: [URL], answers: URL?, options: ExportOptions, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let files = try inputs.map { InputFile(name: $0.lastPathComponent, bytes: Array(try Data(contentsOf: $0))) }
    let answerFile = try answers.map { InputFile(name: $0.lastPathComponent, bytes: Array(try Data(contentsOf: $0))) }
    let document = try PrepReader.read(files, answers: answerFile).document
    let docx = try XCTUnwrap(Registry.exporter(named: "docx")).export(document, options: options).data
    let odt = try XCTUnwrap(Registry.exporter(named: "odt")).export(document, options: options).data
    try assertValidOffice(docx, "cross.docx", file: file, line: line)
    try assertValidOffice(odt, "cross.odt", file: file, line: line)
    let docxTexts = try Self.docxParagraphs(docx)
    let odtTexts = try Self.odtParagraphs(odt)
    XCTAssertGreaterThan(odtTexts.count, 5, file: file, line: line)
    if docxTexts != odtTexts {
      let index =
        (0..<min(docxTexts.count, odtTexts.count)).first { docxTexts[$0] != odtTexts[$0] }
        ?? min(docxTexts.count, odtTexts.count)
      XCTFail(
        "paragraph \(index) differs: DOCX \(docxTexts.dropFirst(index).prefix(3)) vs ODT \(odtTexts.dropFirst(index).prefix(3)); counts \(docxTexts.count) vs \(odtTexts.count)",
        file: file, line: line)
    }
  }

  private let date = Date(timeIntervalSince1970: 1_796_000_000)

  func testExamplesGiveTheSameParagraphsInBothFormats() throws {
    for lang in ["zh", "en"] {
      try assertSameParagraphs(
        [Paths.template("examples/prep-\(lang).md")], answers: Paths.template("examples/answers-\(lang).md"),
        options: ExportOptions(creationDate: date))
      try assertSameParagraphs(
        [Paths.template("examples/prep-\(lang).md")], answers: Paths.template("examples/answers-\(lang).md"),
        options: ExportOptions(review: true, creationDate: date))
    }
  }

  func testStarterAndSeedGiveTheSameParagraphsInBothFormats() throws {
    for lang in ["zh", "ja", "en"] {
      try assertSameParagraphs(
        [Paths.template("starter/prep-\(lang).md")], answers: Paths.template("starter/answers-\(lang).md"),
        options: ExportOptions(creationDate: date))
    }
    guard let seed = Paths.seed else { throw XCTSkip("../shared/fixtures/seed-prep-zh.md is absent") }
    try assertSameParagraphs([seed], answers: nil, options: ExportOptions(creationDate: date))
  }
}
