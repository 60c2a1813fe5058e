import ExportKit
import Foundation
import TestSupport
import XCTest

final class OutputTests: XCTestCase {
  func testDestinationNaming() {
    XCTAssertEqual(
      OutputDestination.resolve(option: nil, stem: "prep", fileExtension: "docx"), .file("Output/prep.docx"))
    XCTAssertEqual(
      OutputDestination.resolve(option: nil, folder: "out/", stem: "prep", fileExtension: "cards.txt"),
      .file("out/prep.cards.txt"))
    XCTAssertEqual(OutputDestination.resolve(option: "-", stem: "prep", fileExtension: "docx"), .standardOutput)
    XCTAssertEqual(OutputDestination.resolve(option: "x/y.odt", stem: "prep", fileExtension: "odt"), .file("x/y.odt"))
  }

  func testAtomicWriteCreatesFoldersReplacesAndLeavesNoTemporaryFile() throws {
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("a/b/out.txt").path
    try AtomicFile.write(Data("one".utf8), to: path)
    try AtomicFile.write(Data("two".utf8), to: path)
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "two")
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("a/b").path), ["out.txt"])
  }

  func testAFailedWriteLeavesThePreviousFileAndNoTemporaryFile() throws {
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("dir.docx")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    XCTAssertThrowsError(try AtomicFile.write(Data("x".utf8), to: target.path)) { error in
      XCTAssertEqual("\(error)", "\(target.path): cannot write: it is a directory")
    }
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["dir.docx"])
  }

  /// Each target compiles in the files of Templates/ through a link, so that the look stays
  /// editable where the README says and no copy can drift from it.
  func testFormatTargetsTakeTheirTemplatesFromTheTemplatesFolder() throws {
    for (target, folder) in [("DocxExport", "docx"), ("OdtExport", "odt"), ("prepexport", "starter")] {
      let link = Paths.packageRoot.appendingPathComponent("Sources/\(target)/Templates")
      XCTAssertEqual(
        try FileManager.default.destinationOfSymbolicLink(atPath: link.path), "../../Templates/\(folder)", target)
      XCTAssertEqual(
        link.resolvingSymlinksInPath().path, Paths.template(folder).resolvingSymlinksInPath().path, target)
    }
  }

  /// The schema tables that decide what a reference document keeps are the generator's output
  /// for the schemas validate-office uses.
  func testSchemaTablesAreUpToDate() throws {
    guard Paths.shared != nil else { throw XCTSkip("../shared/schemas is absent: the tables cannot be regenerated") }
    let script = Paths.packageRoot.appendingPathComponent("scripts/generate-schema-tables").path
    let result = try Command.run("/usr/bin/env", ["python3", script, "--check"])
    XCTAssertEqual(result.status, 0, "run `make schema-tables`: \(result.stderr)")
  }
}
