import DocxExport
import ExportKit
import Foundation
import TestSupport
import XCTest

final class PackageTests: XCTestCase {
  func testEveryPartIsPresentInOrderAndTyped() throws {
    let docx = try export(try example("prep-zh.md"), answers: try example("answers-zh.md"))
    XCTAssertEqual(
      docx.package.archive.paths,
      [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
        "word/numbering.xml", "word/settings.xml", "word/fontTable.xml", "word/header1.xml", "word/footer1.xml",
        "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml",
      ])
    let types = try docx.xml("[Content_Types].xml")
    for part in docx.package.archive.paths where !part.hasSuffix(".rels") && part != "[Content_Types].xml" {
      XCTAssertEqual(types.select("//ct:Override[@PartName='/\(part)']", namespaces: ns).count, 1, part)
    }
    let rels = try docx.xml("word/_rels/document.xml.rels")
    for target in ["styles.xml", "numbering.xml", "settings.xml", "fontTable.xml", "header1.xml", "footer1.xml"] {
      XCTAssertEqual(rels.select("//pr:Relationship[@Target='\(target)']", namespaces: ns).count, 1, target)
    }
    let package = try docx.xml("_rels/.rels")
    XCTAssertEqual(package.select("//pr:Relationship[@Target='word/document.xml']", namespaces: ns).count, 1)
  }

  func testExamplesAreValid() throws {
    if let reason = OfficeTools.validatorMissingReason { throw XCTSkip(reason) }
    for lang in ["zh", "en"] {
      // export() runs validate-office on what it makes.
      _ = try export(try example("prep-\(lang).md"), answers: try example("answers-\(lang).md"))
      var options = ExportOptions(tableOfContents: true, review: true, creationDate: fixedDate)
      options.generator = "prepexport test"
      _ = try export(try example("prep-\(lang).md"), answers: try example("answers-\(lang).md"), options: options)
    }
  }

  func testTheValidatorWouldCatchWhatPandocGetsWrong() throws {
    // The check every test relies on is not vacuous: numPr before pStyle fails it.
    let docx = try export("# T\n\n- item\n")
    let archive = docx.package.archive
    var zip = ZipPackager(date: fixedDate)
    for path in archive.paths {
      var data = try XCTUnwrap(archive[path])
      if path == "word/document.xml" {
        let text = String(decoding: data, as: UTF8.self)
        let broken = text.replacingOccurrences(
          of: #"<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#,
          with: #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:pStyle w:val="ListParagraph"/>"#)
        XCTAssertNotEqual(broken, text)
        data = Data(broken.utf8)
      }
      zip.add(path, data)
    }
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("broken.docx")
    try zip.archive().write(to: url)
    guard let result = try OfficeTools.validate(url) else { throw XCTSkip(OfficeTools.validatorMissingReason ?? "") }
    XCTAssertFalse(result.passed, result.report)
  }

  func testSameDateGivesByteIdenticalFiles() throws {
    let markdown = try example("prep-en.md")
    let answers = try example("answers-en.md")
    let options = ExportOptions(tableOfContents: true, review: true, creationDate: fixedDate)
    let first = try export(markdown, answers: answers, options: options)
    let second = try export(markdown, answers: answers, options: options)
    XCTAssertEqual(first.data, second.data)
    let later = try export(
      markdown, answers: answers,
      options: ExportOptions(tableOfContents: true, review: true, creationDate: fixedDate + 3600))
    XCTAssertNotEqual(first.data, later.data, "the date is in the package")
  }

  func testSourceDateEpochEndToEnd() throws {
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let prep = Paths.template("examples/prep-zh.md").path
    let answers = Paths.template("examples/answers-zh.md").path
    var outputs: [Data] = []
    for name in ["a.docx", "b.docx"] {
      if name == "b.docx" { Thread.sleep(forTimeInterval: 1.1) }
      let out = folder.appendingPathComponent(name).path
      let result = try Command.prepexport(
        ["docx", prep, "--answers", answers, "-o", out], environment: ["SOURCE_DATE_EPOCH": "1796000000"])
      XCTAssertEqual(result.status, 0, result.stderr)
      outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
    }
    XCTAssertEqual(outputs[0], outputs[1])
    let core = try Docx(outputs[0]).xml("docProps/core.xml")
    XCTAssertEqual(core.select("//dcterms:created", namespaces: ns).first?.text, "2026-11-30T00:53:20Z")
  }

  func testBinaryWorksFromAnotherFolder() throws {
    // The look is compiled in: running from a folder without Templates/ still exports.
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("# Topic\n\nText.\n".utf8).write(to: folder.appendingPathComponent("p.md"))
    let result = try Command.prepexport(["docx", "p.md", "-o", "p.docx"], in: folder)
    XCTAssertEqual(result.status, 0, result.stderr)
    let docx = try Docx(try Data(contentsOf: folder.appendingPathComponent("p.docx")))
    XCTAssertFalse(try docx.xml("word/styles.xml").select("//w:style[@w:styleId='Label']", namespaces: ns).isEmpty)
  }
}
