import CardModel
import ExportKit
import Foundation
import XCTest

final class CardOptionsTests: XCTestCase {
  func testCardSizes() {
    XCTAssertTrue(CardOptions.size("3x5")! == (48, 16))
    XCTAssertTrue(CardOptions.size("A6")! == (56, 30))
    XCTAssertTrue(CardOptions.size("70x20")! == (70, 20))
    XCTAssertNil(CardOptions.size("3"))
    XCTAssertNil(CardOptions.size("5x2"))
  }

  func testSizesOnTheCommandLine() throws {
    XCTAssertEqual(CardSize(argument: "4x6")?.columns, 60)
    XCTAssertNil(CardSize(argument: "4x"))
    let parsed = try CardPageOptions.parse(["--size", "a6", "--duplex", "--full"])
    var options = ExportOptions()
    try parsed.apply(to: &options, files: NoFiles())
    XCTAssertEqual(options.cards, CardOptions(columns: 56, rows: 30, duplex: true, full: true, stock: .a6))
    XCTAssertThrowsError(try CardPageOptions.parse(["--size", "5x2"]))
  }
}

private struct NoFiles: FileReading {
  func read(_ path: String, as kind: String) throws -> Data { Data() }
}
