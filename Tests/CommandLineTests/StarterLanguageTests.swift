import XCTest

@testable import prepexport

final class StarterLanguageTests: XCTestCase {
  typealias Language = StarterFiles.Language

  /// POSIX order: LC_ALL, then LC_MESSAGES, then LANG; an empty value is unset.
  func testLanguageFromTheLocale() {
    XCTAssertEqual(Language.fromEnvironment(["LANG": "ja_JP.UTF-8"]), .ja)
    XCTAssertEqual(Language.fromEnvironment(["LANG": "en_GB.UTF-8"]), .en)
    XCTAssertEqual(Language.fromEnvironment(["LANG": "zh_TW.UTF-8"]), .zh)
    XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"]), .en)
    XCTAssertEqual(Language.fromEnvironment(["LC_MESSAGES": "ja_JP", "LANG": "en_US"]), .ja)
    XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "", "LANG": "ja_JP"]), .ja)
    XCTAssertEqual(Language.fromEnvironment(["LANG": "C.UTF-8"]), .zh)
    XCTAssertEqual(Language.fromEnvironment(["LANG": "fr_FR.UTF-8"]), .zh)
    XCTAssertEqual(Language.fromEnvironment([:]), .zh)
  }

  func testTheOptionTakesTagsToo() {
    XCTAssertEqual(Language(argument: "ja"), .ja)
    XCTAssertEqual(Language(argument: "zh-CN"), .zh)
    XCTAssertEqual(Language(argument: "EN"), .en)
    XCTAssertNil(Language(argument: "fr"))
  }

  func testEveryLanguageHasBothStarters() {
    for language in Language.allCases {
      let files = StarterFiles.files(language)
      XCTAssertEqual(files.map(\.name), ["prep.md", "answers.md"])
      for file in files { XCTAssertTrue(file.text.hasPrefix("---\n"), "\(language) \(file.name)") }
    }
  }
}
