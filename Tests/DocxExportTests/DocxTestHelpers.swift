import DocxExport
import ExportKit
import Foundation
import TestSupport
import XCTest

/// Namespaces for XPath over the package's parts.
let ns: [String: String] = [
  "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
  "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
  "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  "dc": "http://purl.org/dc/elements/1.1/",
  "dcterms": "http://purl.org/dc/terms/",
  "op": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
  "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
  "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
]

let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

/// An exported DOCX, opened for assertions.
struct Docx {
  let data: Data
  let package: TestSupport.Package

  init(_ data: Data) throws {
    self.data = data
    package = try TestSupport.Package(data)
  }

  func xml(_ part: String) throws -> SafeXMLDocument { try package.xml(part) }

  /// The document's body paragraphs (tables' cells included), in order.
  func paragraphs() throws -> [SafeXMLNode] { try xml("word/document.xml").select("//w:body//w:p", namespaces: ns) }

  /// The visible text of each body paragraph: w:t text, tabs and breaks as characters.
  func paragraphTexts() throws -> [String] { try paragraphs().map(Docx.text(of:)) }

  /// The text of one paragraph (runs and hyperlinks; field instructions left out).
  static func text(of paragraph: SafeXMLNode) -> String {
    var out = ""
    var stack = [paragraph]
    var order: [SafeXMLNode] = []
    while let node = stack.popLast() {
      // The paragraph's properties (tab stops…) are not text.
      if node.name == "pPr" { continue }
      order.append(node)
      stack.append(contentsOf: node.children.reversed())
    }
    for node in order where node.namespace == wordNamespace {
      switch node.name {
      case "t": out += node.text
      case "tab": out += "\t"
      case "br": out += "\n"
      default: break
      }
    }
    return out
  }

  /// The style id of a paragraph; Normal (the default style) when it names none.
  static func style(of paragraph: SafeXMLNode) -> String? {
    paragraph.children.first { $0.name == "pPr" }?.children.first { $0.name == "pStyle" }?.attribute(
      "val", namespace: wordNamespace)
      ?? "Normal"
  }

  /// Paragraphs of one style, with their text.
  func texts(style: String) throws -> [String] {
    try paragraphs().filter { Docx.style(of: $0) == style }.map(Docx.text(of:))
  }
}

/// Exports a document to DOCX, and validates what every test produces with validate-office.
func export(
  _ document: PrepDocument, options: ExportOptions = ExportOptions(creationDate: fixedDate),
  file: StaticString = #filePath, line: UInt = #line
) throws -> Docx {
  let docx = try Docx(DocxExporter().export(document, options: options).data)
  try assertValid(docx, file: file, line: line)
  return docx
}

/// Exports Markdown to DOCX with the given options (validated, as above).
func export(
  _ markdown: String, answers: String? = nil, options: ExportOptions = ExportOptions(creationDate: fixedDate),
  cjkFont: String? = nil, file: StaticString = #filePath, line: UInt = #line
) throws -> Docx {
  let document = try prepDocument(markdown, answers: answers, cjkFont: cjkFont)
  return try export(document, options: options, file: file, line: line)
}

/// validate-office on the exported file (see `assertValidOffice`).
func assertValid(_ docx: Docx, _ name: String = "test.docx", file: StaticString = #filePath, line: UInt = #line) throws
{
  try assertValidOffice(docx.data, name, file: file, line: line)
}
