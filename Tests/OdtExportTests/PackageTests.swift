import ExportKit
import Foundation
import OdtExport
import TestSupport
import XCTest

/// The container: mimetype first and stored, the manifest, versions, namespaces, and
/// reproducibility.
final class PackageTests: XCTestCase {
  let markdown = "---\ntitle: T\nlang: en-US\n---\n\n# One\n\nText.\n"

  func testMimetypeIsTheFirstEntryStoredWithoutExtraField() throws {
    let data = try OdtExporter().export(try prepDocument(markdown), options: ExportOptions(creationDate: fixedDate))
      .data
    let bytes = [UInt8](data)
    // Local file header: signature, version, flags, method at 8, name length at 26, extra at 28.
    XCTAssertEqual(Array(bytes[0..<4]), [0x50, 0x4B, 0x03, 0x04])
    XCTAssertEqual(Int(bytes[8]) | Int(bytes[9]) << 8, 0, "mimetype must be stored")
    let nameLength = Int(bytes[26]) | Int(bytes[27]) << 8
    let extraLength = Int(bytes[28]) | Int(bytes[29]) << 8
    XCTAssertEqual(extraLength, 0)
    XCTAssertEqual(String(decoding: bytes[30..<30 + nameLength], as: UTF8.self), "mimetype")
    let content = bytes[(30 + nameLength)..<(30 + nameLength + 39)]
    XCTAssertEqual(String(decoding: content, as: UTF8.self), "application/vnd.oasis.opendocument.text")
    XCTAssertEqual(try Odt(data).package.archive.paths.first, "mimetype")
    try assertValid(try Odt(data), "mimetype.odt")
  }

  func testManifestListsEveryPartAndNothingElse() throws {
    let odt = try export(markdown)
    let entries = try odt.select("META-INF/manifest.xml", "/manifest:manifest/manifest:file-entry")
    let listed = entries.compactMap { $0.attribute("full-path", namespace: ns["manifest"]) }
    let parts = odt.package.archive.paths.filter { $0 != "mimetype" && $0 != "META-INF/manifest.xml" }
    XCTAssertEqual(Set(listed), Set(parts + ["/"]))
    XCTAssertEqual(Set(parts), ["content.xml", "styles.xml", "meta.xml", "settings.xml"])
    let root = try XCTUnwrap(entries.first { $0.attribute("full-path", namespace: ns["manifest"]) == "/" })
    XCTAssertEqual(root.attribute("media-type", namespace: ns["manifest"]), "application/vnd.oasis.opendocument.text")
    XCTAssertEqual(root.attribute("version", namespace: ns["manifest"]), "1.3")
    XCTAssertEqual(try odt.xml("META-INF/manifest.xml").root?.attribute("version", namespace: ns["manifest"]), "1.3")
  }

  func testEveryPartIsODF13WithoutExtensionNamespaces() throws {
    let odt = try export(markdown, options: ExportOptions(tableOfContents: true, review: true, creationDate: fixedDate))
    for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
      XCTAssertEqual(try odt.xml(part).root?.attribute("version", namespace: ns["office"]), "1.3", part)
      let text = String(decoding: try XCTUnwrap(odt.package.archive[part]), as: UTF8.self)
      for foreign in ["loext", "officeooo", "calcext", "field:", "tableooo"] {
        XCTAssertFalse(text.contains(foreign), "\(part) uses \(foreign)")
      }
    }
  }

  func testSameInputAndDateGiveIdenticalBytes() throws {
    let document = try prepDocument(try example("prep-zh.md"), answers: try example("answers-zh.md"))
    let options = ExportOptions(tableOfContents: true, review: true, creationDate: fixedDate)
    let first = try OdtExporter().export(document, options: options).data
    let second = try OdtExporter().export(document, options: options).data
    XCTAssertEqual(first, second)
    try assertValid(try Odt(first), "reproducible.odt")
    let later = try OdtExporter().export(document, options: ExportOptions(creationDate: fixedDate + 3_600)).data
    XCTAssertNotEqual(first, later, "the date must be in the file")
    try assertValid(try Odt(later), "later.odt")
  }

  func testSourceDateEpochMakesTheBinaryReproducible() throws {
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    guard FileManager.default.fileExists(atPath: Paths.binary.path) else {
      throw XCTSkip("prepexport binary not built")
    }
    var outputs: [Data] = []
    for run in 1...2 {
      let out = folder.appendingPathComponent("run\(run).odt").path
      let result = try Command.prepexport(
        [
          "odt", Paths.template("examples/prep-en.md").path, "--answers", Paths.template("examples/answers-en.md").path,
          "-o", out,
        ],
        environment: ["SOURCE_DATE_EPOCH": "1796000000"])
      XCTAssertEqual(result.status, 0, result.stderr)
      outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
      if run == 1 { Thread.sleep(forTimeInterval: 1.1) }
    }
    XCTAssertEqual(outputs[0], outputs[1])
    try assertValid(try Odt(outputs[0]), "epoch.odt")
    let meta = try Odt(outputs[0]).select("meta.xml", "//meta:creation-date")
    XCTAssertEqual(meta.first?.text, "2026-11-30T00:53:20Z")
  }
}
