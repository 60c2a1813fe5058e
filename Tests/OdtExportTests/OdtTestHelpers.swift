import ExportKit
import Foundation
import OdtExport
import TestSupport
import XCTest

/// Namespaces for XPath over the package's parts.
let ns: [String: String] = [
  "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
  "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
  "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
  "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
  "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
  "xlink": "http://www.w3.org/1999/xlink",
  "dc": "http://purl.org/dc/elements/1.1/",
  "xml": "http://www.w3.org/XML/1998/namespace",
]

let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
let styleNamespace = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
let foNamespace = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"

/// An exported ODT, opened for assertions.
struct Odt {
  let data: Data
  let package: TestSupport.Package

  init(_ data: Data) throws {
    self.data = data
    package = try TestSupport.Package(data)
  }

  func xml(_ part: String) throws -> SafeXMLDocument { try package.xml(part) }

  func select(_ part: String, _ xpath: String) throws -> [SafeXMLNode] { try xml(part).select(xpath, namespaces: ns) }

  /// The body's paragraphs and headings (in lists, tables and the contents too), in order.
  func paragraphs() throws -> [SafeXMLNode] {
    try select("content.xml", "//office:text//*[self::text:p or self::text:h]")
  }

  /// The visible text of each body paragraph.
  func paragraphTexts() throws -> [String] { try paragraphs().map(Odt.text(of:)) }

  /// The text of one paragraph: character data, `text:s` as spaces, tabs and line breaks
  /// as characters.
  static func text(of node: SafeXMLNode) -> String {
    var out = ""
    for child in node.childNodes {
      switch child {
      case .text(let s): out += s
      case .element(let e):
        guard e.namespace == textNamespace else { continue }
        switch e.name {
        case "s": out += String(repeating: " ", count: Int(e.attribute("c", namespace: textNamespace) ?? "1") ?? 1)
        case "tab": out += "\t"
        case "line-break": out += "\n"
        case "bookmark", "bookmark-start", "bookmark-end": break
        default: out += text(of: e)
        }
      }
    }
    return out
  }

  /// The paragraph style of a paragraph or heading.
  static func style(of node: SafeXMLNode) -> String? { node.attribute("style-name", namespace: textNamespace) }

  /// The texts of the paragraphs of one style.
  func texts(style: String) throws -> [String] {
    try paragraphs().filter { Odt.style(of: $0) == style }.map(Odt.text(of:))
  }
}

/// Exports Markdown to ODT with the given options, and validates the file (every ODT the
/// tests produce is checked against the ODF 1.3 schema).
func export(
  _ markdown: String, answers: String? = nil, options: ExportOptions = ExportOptions(creationDate: fixedDate),
  lang: String? = nil, cjkFont: String? = nil, file: StaticString = #filePath, line: UInt = #line
) throws -> Odt {
  let document = try prepDocument(markdown, answers: answers, lang: lang, cjkFont: cjkFont)
  let odt = try Odt(OdtExporter().export(document, options: options).data)
  try assertValid(odt, file: file, line: line)
  return odt
}

/// validate-office on the exported file (see `assertValidOffice`).
func assertValid(_ odt: Odt, _ name: String = "test.odt", file: StaticString = #filePath, line: UInt = #line) throws {
  try assertValidOffice(odt.data, name, file: file, line: line)
}
