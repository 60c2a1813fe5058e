import Foundation
import PrepExport
import TestSupport
import XCTest

/// The markup itself, part by part, for a handful of small documents: each XML part that
/// depends on the document is compared, pretty-printed, with a file under `Tests/Golden/`.
/// A change to what we write shows up here as a readable diff, even when it is still valid
/// and reads the same. After an intended change, regenerate the files with
/// `PREPEXPORT_UPDATE_GOLDEN=1 swift test --filter GoldenPartTests` and review the diff in git.
final class GoldenPartTests: XCTestCase {
  private let date = Date(timeIntervalSince1970: 1_796_000_000)
  private var updating: Bool { ProcessInfo.processInfo.environment["PREPEXPORT_UPDATE_GOLDEN"] == "1" }
  private var golden: URL { Paths.packageRoot.appendingPathComponent("Tests/Golden") }

  /// The parts compared: those the document decides. The style parts are compared for one
  /// document only (they come from the templates, filled with the document's fonts and size).
  private let docxParts = [
    "[Content_Types].xml", "word/document.xml", "word/numbering.xml", "word/_rels/document.xml.rels",
    "word/settings.xml", "docProps/core.xml", "docProps/custom.xml",
  ]
  private let odtParts = ["content.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"]

  private func read(_ prep: URL, _ answers: URL?) throws -> PrepDocument {
    try PrepReader.read(
      [InputFile(name: prep.lastPathComponent, bytes: Array(try Data(contentsOf: prep)))],
      answers: try answers.map { InputFile(name: $0.lastPathComponent, bytes: Array(try Data(contentsOf: $0))) }
    ).document
  }

  func testEveryConstructWithContentsAndReview() throws {
    let fixtures = Paths.packageRoot.appendingPathComponent("Tests/Fixtures")
    let document = try read(
      fixtures.appendingPathComponent("every-construct.md"),
      fixtures.appendingPathComponent("every-construct-answers.md"))
    try compare(
      "every-construct", document, ExportOptions(tableOfContents: true, review: true, creationDate: date),
      withStyles: true)
  }

  func testChineseStarter() throws {
    try compare(
      "starter-zh",
      try read(Paths.template("starter/prep-zh.md"), Paths.template("starter/answers-zh.md")),
      ExportOptions(creationDate: date))
  }

  func testJapaneseStarterWithReview() throws {
    try compare(
      "starter-ja",
      try read(Paths.template("starter/prep-ja.md"), Paths.template("starter/answers-ja.md")),
      ExportOptions(review: true, creationDate: date))
  }

  private func compare(
    _ name: String, _ document: PrepDocument, _ options: ExportOptions, withStyles: Bool = false,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let docx = try DocxExporter().export(document, options: options).data
    let odt = try OdtExporter().export(document, options: options).data
    try assertValidOffice(docx, "\(name).docx")
    try assertValidOffice(odt, "\(name).odt")
    var missing: [String] = []
    for (format, data, parts) in [
      ("docx", docx, docxParts + (withStyles ? ["word/styles.xml", "word/fontTable.xml"] : [])),
      ("odt", odt, odtParts + (withStyles ? ["styles.xml"] : [])),
    ] {
      let package = try SafeArchive(data, name: "\(name).\(format)")
      for part in parts {
        let bytes = try XCTUnwrap(package[part], "\(name).\(format) has \(part)", file: file, line: line)
        let pretty = try PrettyXML.format(bytes, name: part)
        let path = golden.appendingPathComponent("\(name)/\(format)/\(part)")
        if updating {
          try FileManager.default.createDirectory(
            at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
          try Data(pretty.utf8).write(to: path)
          continue
        }
        guard let expected = try? String(contentsOf: path, encoding: .utf8) else {
          missing.append("\(name)/\(format)/\(part)")
          continue
        }
        if expected != pretty {
          let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
          let b = pretty.split(separator: "\n", omittingEmptySubsequences: false)
          let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
          XCTFail(
            "\(name).\(format) \(part) differs from Tests/Golden at line \(at + 1):\n  golden: "
              + "\(at < a.count ? String(a[at]) : "(end)")\n  now:    \(at < b.count ? String(b[at]) : "(end)")\n"
              + "If the change is meant, run PREPEXPORT_UPDATE_GOLDEN=1 swift test --filter GoldenPartTests "
              + "and review the diff.", file: file, line: line)
        }
      }
    }
    XCTAssertEqual(
      missing, [], "golden files missing: run PREPEXPORT_UPDATE_GOLDEN=1 swift test --filter GoldenPartTests",
      file: file, line: line)
  }
}
