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

  func testEmbeddedTemplatesMatchTemplatesFolder() throws {
    let script = Paths.packageRoot.appendingPathComponent("scripts/embed-templates").path
    let result = try Command.run("/usr/bin/env", ["python3", script, "--check"])
    XCTAssertEqual(result.status, 0, "Templates/ changed: run `make templates` and rebuild")
    for lang in ["zh", "ja", "en"] { XCTAssertNotNil(EmbeddedTemplates.text("starter/prep-\(lang).md")) }
  }
}
