import CardModel
import ExportKit
import Foundation
import TestSupport
import XCTest

@testable import CueCardExport

/// The card options reach the exporter through the command line, which builds the `cards`
/// subcommand from the format's own `Options`.
final class CardCommandTests: XCTestCase {
  func testTheCardsCommandOffersTheCardOptions() throws {
    XCTAssertTrue(CueCardExporter.Options.self == CueCardOptions.self)
    guard FileManager.default.isExecutableFile(atPath: Paths.binary.path) else {
      throw XCTSkip("the prepexport binary is not built at \(Paths.binary.path)")
    }
    let help = try Command.prepexport(["help", "cards"])
    XCTAssertEqual(help.status, 0, help.stderr)
    for option in ["--size", "--border", "--separator", "--duplex", "-o"] {
      XCTAssertTrue(help.stdoutText.contains(option), "help cards lists \(option)")
    }
    XCTAssertFalse(help.stdoutText.contains("--toc"), "document options are not offered for cards")
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
