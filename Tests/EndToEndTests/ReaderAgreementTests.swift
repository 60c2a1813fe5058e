import Foundation
import PrepExport
import TestSupport
import XCTest

/// The DOCX and the ODT of one input are the same document whatever reads them (issue 10):
/// every paragraph has the same role (its style, mapped between the two formats' names) and the
/// same text, and LibreOffice's own text export of the two files is identical, list labels
/// included.
final class ReaderAgreementTests: XCTestCase {
  private let date = Date(timeIntervalSince1970: 1_796_000_000)

  /// The documents compared: the fixture with every construct, the examples, the starters
  /// (Chinese, Japanese, English) and the seed, with and without contents and review boxes.
  private func documents() throws -> [(name: String, document: PrepDocument, options: ExportOptions)] {
    func read(_ prep: URL, _ answers: URL?) throws -> PrepDocument {
      try PrepReader.read(
        [InputFile(name: prep.lastPathComponent, bytes: Array(try Data(contentsOf: prep)))],
        answers: try answers.map { InputFile(name: $0.lastPathComponent, bytes: Array(try Data(contentsOf: $0))) }
      ).document
    }
    let fixtures = Paths.packageRoot.appendingPathComponent("Tests/Fixtures")
    var out: [(String, PrepDocument, ExportOptions)] = []
    let every = try read(
      fixtures.appendingPathComponent("every-construct.md"),
      fixtures.appendingPathComponent("every-construct-answers.md"))
    out.append(("every", every, ExportOptions(tableOfContents: true, review: true, creationDate: date)))
    out.append(("every-plain", every, ExportOptions(creationDate: date)))
    for lang in ["zh", "en"] {
      let example = try read(
        Paths.template("examples/prep-\(lang).md"), Paths.template("examples/answers-\(lang).md"))
      out.append(("example-\(lang)", example, ExportOptions(tableOfContents: true, review: true, creationDate: date)))
    }
    for lang in ["zh", "ja", "en"] {
      let starter = try read(
        Paths.template("starter/prep-\(lang).md"), Paths.template("starter/answers-\(lang).md"))
      out.append(("starter-\(lang)", starter, ExportOptions(creationDate: date)))
    }
    if let seed = Paths.seed {
      out.append(("seed", try read(seed, nil), ExportOptions(review: true, creationDate: date)))
    }
    return out
  }

  func testEveryParagraphHasTheSameRoleAndTextInBothFormats() throws {
    for (name, document, options) in try documents() {
      let docx = try DocxExporter().export(document, options: options).data
      let odt = try OdtExporter().export(document, options: options).data
      let docxRoles = try ParagraphRoles.docx(docx)
      let odtRoles = try ParagraphRoles.odt(odt)
      XCTAssertGreaterThan(docxRoles.count, 5, name)
      if name == "every" {
        let roles = Set(docxRoles.map(\.role))
        for role in [
          "title", "contents 1", "heading 1", "heading 2", "label", "list", "quote", "code", "table", "rule",
          "answer caption", "answer", "mentor", "body",
        ] {
          XCTAssertTrue(roles.contains(role), "the fixture exercises the \(role) role")
        }
      }
      let common = min(docxRoles.count, odtRoles.count)
      let mismatch = (0..<common).first { docxRoles[$0] != odtRoles[$0] }
      if let index = mismatch ?? (docxRoles.count == odtRoles.count ? nil : common) {
        XCTFail(
          "\(name): paragraph \(index) differs: DOCX \(docxRoles.dropFirst(index).prefix(2)) vs ODT \(odtRoles.dropFirst(index).prefix(2)); \(docxRoles.count) vs \(odtRoles.count) paragraphs"
        )
      }
    }
  }

  func testLibreOfficeReadsTheSameTextFromBothFormats() throws {
    if let reason = OfficeTools.libreOfficeMissingReason { throw XCTSkip(reason) }
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var names: [String] = []
    for (name, document, options) in try documents() {
      try DocxExporter().export(document, options: options).data.write(
        to: folder.appendingPathComponent("\(name)-docx.docx"))
      try OdtExporter().export(document, options: options).data.write(
        to: folder.appendingPathComponent("\(name)-odt.odt"))
      names.append(name)
    }
    let texts = try XCTUnwrap(
      try OfficeTools.textExports(
        names.flatMap {
          [folder.appendingPathComponent("\($0)-docx.docx"), folder.appendingPathComponent("\($0)-odt.odt")]
        }))
    for name in names {
      let docx = try XCTUnwrap(texts["\(name)-docx"], "LibreOffice read \(name).docx")
      let odt = try XCTUnwrap(texts["\(name)-odt"], "LibreOffice read \(name).odt")
      XCTAssertGreaterThan(docx.count, 100, name)
      XCTAssertEqual(docx, odt, "\(name): LibreOffice's text export of the DOCX and of the ODT")
    }
  }
}

extension ReaderAgreementTests {
  /// pandoc, another reader a mentor's tools may use, reads both files' code spans as code and
  /// task boxes as checked or open, as the Markdown had them.
  func testPandocReadsCodeSpansAndTaskBoxesFromBothFormats() throws {
    guard let pandoc = Command.which("pandoc") else {
      throw XCTSkip("pandoc is missing (make test installs it): the second reader cannot be asked")
    }
    let markdown = "# Topic\n\nRun `make demo` first.\n\n- [x] read the spec\n- [ ] write the tests\n"
    let document = try PrepReader.read([InputFile(name: "p.md", bytes: Array(markdown.utf8))]).document
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (ext, data) in [
      ("docx", try DocxExporter().export(document, options: ExportOptions(creationDate: date)).data),
      ("odt", try OdtExporter().export(document, options: ExportOptions(creationDate: date)).data),
    ] {
      let file = folder.appendingPathComponent("p.\(ext)")
      try data.write(to: file)
      let read = try Command.run(pandoc, ["-f", ext, "-t", "gfm", file.path])
      XCTAssertEqual(read.status, 0, read.stderr)
      let lines = read.stdoutText.split(separator: "\n").map(String.init)
      XCTAssertTrue(lines.contains("Run `make demo` first."), "\(ext): \(read.stdoutText)")
      XCTAssertTrue(lines.contains { $0.hasSuffix("[x] read the spec") }, "\(ext): \(read.stdoutText)")
      XCTAssertTrue(lines.contains { $0.hasSuffix("[ ] write the tests") }, "\(ext): \(read.stdoutText)")
    }
  }
}

extension ReaderAgreementTests {
  /// LibreOffice lays every page out with text on it: no page holds only the strip of an answer
  /// box or an empty paragraph after the last table (seen with the English example, contents and
  /// review boxes on).
  func testEveryRenderedPageHoldsText() throws {
    if let reason = OfficeTools.libreOfficeMissingReason { throw XCTSkip(reason) }
    guard let pdftotext = Command.which("pdftotext"), let pdfinfo = Command.which("pdfinfo") else {
      throw XCTSkip("poppler-utils (pdftotext, pdfinfo) missing: run `make test`, which installs them")
    }
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let options = ExportOptions(tableOfContents: true, review: true, creationDate: Date(timeIntervalSince1970: 0))
    var files: [URL] = []
    for (name, document, _) in try documents() where name != "every-plain" {
      for (exporter, ext) in [(DocxExporter() as any Exporter, "docx"), (OdtExporter(), "odt")] {
        let url = folder.appendingPathComponent("\(name)-\(ext).\(ext)")
        try exporter.export(document, options: options).data.write(to: url)
        files.append(url)
      }
    }
    let profile = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: profile) }
    _ = try Command.run(
      try XCTUnwrap(Command.which("soffice")),
      ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf", "--outdir", folder.path]
        + files.map(\.path))
    for file in files {
      let pdf = file.deletingPathExtension().appendingPathExtension("pdf")
      let info = try Command.run(pdfinfo, [pdf.path]).stdoutText
      let pages = try XCTUnwrap(
        info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
          Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces))
        }, "\(file.lastPathComponent) was laid out")
      for page in 1...pages {
        let text = try Command.run(pdftotext, ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"]).stdoutText
        // The running header and the footer are on every page: the body must add more.
        let lines = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        XCTAssertGreaterThan(lines.count, 2, "\(file.lastPathComponent): page \(page) of \(pages) holds body text")
      }
    }
  }
}

/// The role and text of each body paragraph, read back from each format's own markup.
enum ParagraphRoles {
  struct Role: Equatable, CustomStringConvertible {
    var role: String
    var text: String
    var description: String { "\(role): \(text.prefix(40))" }
  }

  static let word = ["w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"]
  static let odf = [
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  ]

  /// DOCX style ids → the role names both formats share.
  static let docxRoles: [String: String] = [
    "Title": "title", "Subtitle": "subtitle", "RoleLine": "role line", "Author": "author",
    "Heading1": "heading 1", "Heading2": "heading 2", "Heading3": "heading 3", "Heading4": "heading 4",
    "Heading5": "heading 5", "Heading6": "heading 6", "Label": "label", "Normal": "body",
    "ListParagraph": "list", "Quote": "quote", "SourceCode": "code", "AnswerCaption": "answer caption",
    "Answer": "answer", "AnswerHeading": "answer heading", "TableText": "table", "HorizontalRule": "rule",
    "MentorNotes": "mentor", "Spacer": "spacer", "TOCHeading": "contents", "TOC1": "contents 1", "TOC2": "contents 2",
    "TOC3": "contents 3",
  ]

  /// ODT style names → the same role names.
  static let odtRoles: [String: String] = [
    "Title": "title", "Subtitle": "subtitle", "Role_20_line": "role line", "Author": "author",
    "Heading_20_1": "heading 1", "Heading_20_2": "heading 2", "Heading_20_3": "heading 3",
    "Heading_20_4": "heading 4", "Heading_20_5": "heading 5", "Heading_20_6": "heading 6", "Label": "label",
    "Text_20_body": "body", "List_20_Paragraph": "list", "Quotations": "quote", "Preformatted_20_Text": "code",
    "Answer_20_code": "code", "Answer_20_caption": "answer caption", "Answer": "answer",
    "Answer_20_heading": "answer heading", "Table_20_Contents": "table", "Table_20_Heading": "table",
    "Horizontal_20_Line": "rule", "Mentor_20_notes": "mentor", "PrepSpacer": "spacer",
    "Contents_20_Heading": "contents",
    "Contents_20_1": "contents 1", "Contents_20_2": "contents 2", "Contents_20_3": "contents 3",
  ]

  static func docx(_ data: Data) throws -> [Role] {
    let document = try Package(data).xml("word/document.xml")
    return document.select("//w:body//w:p", namespaces: word).map { paragraph in
      let properties = paragraph.children.first { $0.name == "pPr" }
      let spacer = properties?.children.first { $0.name == "spacing" }?.attribute("line", namespace: word["w"]) == "20"
      let style =
        spacer
        ? "Spacer"
        : properties?.children.first { $0.name == "pStyle" }?.attribute("val", namespace: word["w"]) ?? "Normal"
      var out = ""
      var stack = [paragraph]
      var order: [SafeXMLNode] = []
      while let node = stack.popLast() {
        if node.name == "pPr" || node.name == "instrText" { continue }
        order.append(node)
        stack.append(contentsOf: node.children.reversed())
      }
      for node in order where node.namespace == word["w"] {
        switch node.name {
        case "t": out += node.text
        case "tab": out += "\t"
        case "br": out += "\n"
        default: break
        }
      }
      return Role(role: docxRoles[style] ?? "DOCX style \(style)", text: out)
    }
  }

  static func odt(_ data: Data) throws -> [Role] {
    let content = try Package(data).xml("content.xml")
    // Automatic styles stand for their parent (indents, keep-with-next, cell alignment).
    var parents: [String: String] = [:]
    for style in content.select("//office:automatic-styles/style:style", namespaces: odf) {
      if let name = style.attribute("name", namespace: odf["style"]),
        let parent = style.attribute("parent-style-name", namespace: odf["style"])
      {
        parents[name] = parent
      }
    }
    return content.select("//office:text//*[self::text:p or self::text:h]", namespaces: odf).map { node in
      var style = node.attribute("style-name", namespace: odf["text"]) ?? "Text_20_body"
      while odtRoles[style] == nil, let parent = parents[style] { style = parent }
      return Role(role: odtRoles[style] ?? "ODT style \(style)", text: text(node))
    }
  }

  static func text(_ node: SafeXMLNode) -> String {
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
        default: out += text(e)
        }
      case .element: break
      }
    }
    return out
  }
}
