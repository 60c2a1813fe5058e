import ExportKit
import Foundation
import TestSupport
import XCTest

@testable import PdfExport

/// The whole document as PDF (SPEC §3.2b): the ODT converted by LibreOffice, the contents'
/// page numbers filled in, a clear error when LibreOffice is missing, nothing left behind.
final class DocumentPDFTests: XCTestCase {
  /// Six topics long enough to spread over several pages.
  private let longPrep: String = {
    var lines = ["---", "title: Long prep", "lang: en-US", "---", ""]
    for topic in 1...6 {
      lines += ["## Topic number \(topic)", ""]
      lines += (1...45).map { "- Point \($0) of topic \(topic), with a few words to fill the line" }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }()

  private func requireLibreOffice() throws {
    try PDFTools.requireTools()
    if let reason = OfficeTools.libreOfficeMissingReason { throw XCTSkip(reason) }
  }

  /// The text of each page, by `pdftotext -layout`.
  private func pageTexts(_ pdf: URL, count: Int) throws -> [String] {
    try (1...count).map { page in
      try Command.run(Command.which("pdftotext")!, ["-layout", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
        .stdoutText
    }
  }

  func testTheContentsListEachTopicWithThePageItIsOn() throws {
    try requireLibreOffice()
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(longPrep.utf8).write(to: folder.appendingPathComponent("prep.md"))
    let temporary = folder.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    let result = try Command.prepexport(
      ["pdf", "prep.md", "--toc", "-o", "prep.pdf"], in: folder, environment: ["TMPDIR": temporary.path])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: temporary.path), [],
      "the conversion's folder and LibreOffice profile are removed")
    let pdf = folder.appendingPathComponent("prep.pdf")
    let pages = try PDFTools.pages(pdf)
    XCTAssertGreaterThan(pages.count, 3)
    XCTAssertEqual(pages[0].width, 612, accuracy: 0.5, "Letter for en-US")
    let texts = try pageTexts(pdf, count: pages.count)
    for topic in 1...6 {
      let title = "Topic number \(topic)"
      // The contents line: the title, dot leaders, the page number.
      let entry = try XCTUnwrap(
        texts[0].split(separator: "\n").first { $0.contains(title) }, "\(title) in the contents")
      let listed = try XCTUnwrap(Int(String(entry.reversed().prefix { $0.isNumber }.reversed())), "\(entry)")
      // The page whose text has the heading on a line of its own (the contents' line has
      // the leader dots and the number).
      let actual = try XCTUnwrap(
        texts.indices.first { index in
          texts[index].split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == title }
        }, "\(title) in the body")
      XCTAssertEqual(listed, actual + 1, "\(title): the contents say page \(listed)")
    }
  }

  func testTheChineseExampleConvertsWithItsText() throws {
    try requireLibreOffice()
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try Command.prepexport(
      [
        "pdf", Paths.template("examples/prep-zh.md").path, "--answers", Paths.template("examples/answers-zh.md").path,
        "-o", folder.appendingPathComponent("zh.pdf").path,
      ])
    XCTAssertEqual(result.status, 0, result.stderr)
    let pdf = folder.appendingPathComponent("zh.pdf")
    let pages = try PDFTools.pages(pdf)
    XCTAssertEqual(pages[0].width, 595.3, accuracy: 0.5, "A4 for zh-CN")
    let text = try Command.run(Command.which("pdftotext")!, [pdf.path, "-"]).stdoutText
    let document = try prepDocument(
      try example("prep-zh.md"), answers: try example("answers-zh.md"))
    XCTAssertTrue(text.contains(document.topics[0].titleText), text)
    for font in try PDFTools.fonts(pdf) { XCTAssertTrue(font.embedded, "\(font)") }
  }

  func testWithoutLibreOfficeTheErrorNamesThePackageAndNothingIsWritten() throws {
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("## A\n\n- b\n".utf8).write(to: folder.appendingPathComponent("prep.md"))
    let result = try Command.prepexport(["pdf", "prep.md"], in: folder, environment: ["PATH": "/nonexistent"])
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(
      result.stderr,
      "prepexport: error: soffice: not found on PATH: the pdf format converts the document with LibreOffice; "
        + "install it with `apt-get install libreoffice-writer-nogui`\n")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["prep.md"])
  }

  func testAConverterThatWritesNoPDFIsAnError() throws {
    let exporter = DocumentPDFExporter<PlainPackage>(converter: URL(fileURLWithPath: "/bin/true"))
    XCTAssertThrowsError(try exporter.export(try prepDocument("## A\n\n- b\n"), options: ExportOptions()).data) {
      error in
      XCTAssertEqual(
        "\(error)", "soffice: LibreOffice did not convert the document to PDF (exit status 0: no message)")
    }
  }

  func testTheFormatDescribesItselfAndTakesTheDocumentOptions() {
    let exporter = DocumentPDFExporter<PlainPackage>()
    XCTAssertEqual(exporter.name, "pdf")
    XCTAssertEqual(exporter.fileExtension, "pdf")
    XCTAssertTrue(exporter.isBinary)
    XCTAssertTrue(DocumentPDFExporter<PlainPackage>.Options.self == PlainPackage.Options.self)
    XCTAssertEqual(exporter.summary, "the whole document as PDF (its TXT converted by LibreOffice)")
  }
}

/// A stand-in for the format LibreOffice converts, so that these tests import no other format.
private struct PlainPackage: Exporter {
  typealias Options = NoOptions
  let name = "txt"
  let fileExtension = "txt"
  let summary = "plain text"
  let isBinary = false

  func export(_ document: PrepDocument, options: ExportOptions) throws -> ExportProduct {
    ExportProduct(data: Data(document.topics.flatMap { $0.parts.map(\.blocks.plainText) }.joined(separator: "\n").utf8))
  }

  func inspectExisting(_ data: Data, name: String) -> ReviewFindings? { nil }
}
