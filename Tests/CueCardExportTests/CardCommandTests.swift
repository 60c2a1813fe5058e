import ExportKit
import Foundation
import TestSupport
import XCTest

@testable import CueCardExport

/// The card options reach the exporter through the command line, which picks a format's
/// options by its `optionKind` seen through `any Exporter`.
final class CardCommandTests: XCTestCase {
  func testTheCommandLineSeesTheCardOptionKind() {
    let exporter: any Exporter = CueCardExporter()
    XCTAssertEqual(
      exporter.optionKind, .cards,
      "optionKind must be a requirement of the Exporter protocol, or the CLI offers document options for cards")
  }

  func testCardsCommandTakesSizeBorderAndSeparator() throws {
    guard FileManager.default.isExecutableFile(atPath: Paths.binary.path) else {
      throw XCTSkip("the prepexport binary is not built at \(Paths.binary.path)")
    }
    let input = Data("## Alpha\n\n- one\n- two\n\n## Beta\n\n- three\n".utf8)
    let result = try Command.prepexport(
      ["cards", "-", "--size", "24x6", "--border", "none", "--separator", "blank", "-o", "-"], stdin: input)
    XCTAssertEqual(result.status, 0, result.stderr)
    let expected = """
      Alpha                1/2
      ------------------------
      - one
      - two



      Beta                 2/2
      ------------------------
      - three




      """
    XCTAssertEqual(result.stdoutText, expected)
  }
}
