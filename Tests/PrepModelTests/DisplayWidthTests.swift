import Foundation
import TestSupport
import XCTest

@testable import PrepModel

/// Display width per grapheme cluster (SPEC §3.2), on the hard cases.
final class DisplayWidthTests: XCTestCase {
  private func width(_ text: String, cjk: Bool = false) -> Int {
    DisplayWidth.of(text, ambiguous: cjk ? .chinese : .narrow)
  }

  func testEmojiSequencesAreTwoColumns() {
    XCTAssertEqual(width("👩‍💻"), 2, "ZWJ sequence")
    XCTAssertEqual(width("👨‍👩‍👧‍👦"), 2, "family ZWJ sequence")
    XCTAssertEqual(width("🇯🇵"), 2, "flag")
    XCTAssertEqual(width("🇯🇵🇨🇳"), 4, "two flags")
    XCTAssertEqual(width("❤️"), 2, "text-default emoji with VS16")
    XCTAssertEqual(width("1️⃣"), 2, "keycap")
    XCTAssertEqual(width("👍🏽"), 2, "skin tone")
    XCTAssertEqual(width("😀"), 2)
    XCTAssertEqual(width("❤"), 1, "text presentation without VS16")
  }

  func testCombiningMarksAndJoinersAreZero() {
    XCTAssertEqual(width("e\u{0301}"), 1, "e + combining acute is one column")
    XCTAssertEqual("e\u{0301}".count, 1)
    XCTAssertEqual(width("Cafe\u{0301}"), 4)
    XCTAssertEqual(width("\u{200D}"), 0, "ZWJ")
    XCTAssertEqual(width("\u{FE0F}"), 0, "variation selector")
    XCTAssertEqual(width("\u{200B}"), 0, "zero-width space")
    XCTAssertEqual(width("\u{00AD}"), 0, "soft hyphen")
    XCTAssertEqual(width("か\u{3099}"), 2, "kana + combining voiced mark")
    XCTAssertEqual(width("\u{1100}\u{1161}\u{11A8}"), 2, "conjoining hangul jamo make one syllable")
    XCTAssertEqual(width("\u{07}"), 0, "control")
  }

  func testFullwidthAndHalfwidth() {
    XCTAssertEqual(width("ＡＢＣ"), 6)
    XCTAssertEqual(width("ＡＢＣ", cjk: true), 6)
    XCTAssertEqual(width("ｶﾀｶﾅ"), 4, "half-width katakana are one column each")
    XCTAssertEqual(width("ｶﾀｶﾅ", cjk: true), 4)
    XCTAssertEqual(width("ｶﾞ"), 2, "half-width voiced mark is a column of its own")
    XCTAssertEqual(width("中文ABC"), 7)
    XCTAssertEqual(width("한국어"), 6)
    XCTAssertEqual(width("\u{3000}"), 2, "ideographic space")
    XCTAssertEqual(width("，。"), 4)
  }

  func testAmbiguousCountsAsTheCJKMonospaceFontsDrawIt() {
    XCTAssertEqual(width("“…”"), 3)
    XCTAssertEqual(width("“…”", cjk: true), 6)
    XCTAssertEqual(width("—·"), 2)
    XCTAssertEqual(width("—·", cjk: true), 4)
    // Measured in Noto Sans Mono CJK: the en dash and the degree sign are half width, Greek
    // and Cyrillic letters too; ① and the arrows full width.
    XCTAssertEqual(width("25%–30%", cjk: true), 7)
    XCTAssertEqual(width("30°α", cjk: true), 4)
    XCTAssertEqual(width("①→", cjk: true), 4)
    // Curly quotes, · and • are full width in the Chinese fonts, half width in the Japanese
    // and Korean ones.
    XCTAssertEqual(DisplayWidth.of("“·•”", ambiguous: .chinese), 8)
    XCTAssertEqual(DisplayWidth.of("“·•”", ambiguous: .japanese), 4)
    XCTAssertEqual(DisplayWidth.of("…", ambiguous: .japanese), 2)
    XCTAssertEqual(AmbiguousWidth(LanguageTag(parsing: "zh-TW")!), .chinese)
    XCTAssertEqual(AmbiguousWidth(LanguageTag(parsing: "ko")!), .japanese)
    XCTAssertEqual(AmbiguousWidth(.english), .narrow)
    XCTAssertEqual(width("┌─┐"), 3)
    XCTAssertEqual(width("┌─┐", cjk: true), 6, "box drawing is ambiguous")
    XCTAssertEqual(width("abc", cjk: true), 3, "ASCII is never ambiguous")
    XCTAssertEqual(width("é", cjk: false), 1)
  }

  func testUnassignedCodePointsInCJKBlocksAreWide() {
    // UAX #11: unassigned code points of plane 3 default to wide.
    XCTAssertTrue(DisplayWidth.isWide(Unicode.Scalar(0x3FFF0)!))
    XCTAssertFalse(DisplayWidth.isWide(Unicode.Scalar(0x4DC0)!), "Yijing hexagrams are neutral")
  }

  func testEastAsianIsWide() {
    XCTAssertTrue(EastAsian.isWide("中"))
    XCTAssertTrue(EastAsian.isWide("，"))
    XCTAssertTrue(EastAsian.isWide("あ"))
    XCTAssertFalse(EastAsian.isWide("a"))
    XCTAssertFalse(EastAsian.isWide("ｶ"))
    XCTAssertFalse(EastAsian.isWide("“"), "ambiguous is not wide")
  }

  func testTablesAreSortedDisjointRanges() {
    for (name, table) in [
      ("wide", WidthTable.wide), ("ambiguous", WidthTable.ambiguous), ("zero", WidthTable.zero),
      ("emoji", WidthTable.emoji),
    ] {
      XCTAssertEqual(table.count % 2, 0, name)
      XCTAssertGreaterThan(table.count, 100, name)
      for i in stride(from: 0, to: table.count, by: 2) {
        XCTAssertLessThanOrEqual(table[i], table[i + 1], "\(name) range \(i / 2)")
        if i > 0 { XCTAssertGreaterThan(table[i], table[i - 1] + 1, "\(name) ranges \(i / 2 - 1) and \(i / 2) touch") }
      }
    }
    XCTAssertEqual(DisplayWidth.unicodeVersion, "15.0.0")
  }

  /// The committed ambiguous-width table is what the script measures in the installed fonts.
  func testAmbiguousTableIsTheGeneratorsOutput() throws {
    let fonts = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    guard FileManager.default.fileExists(atPath: fonts) else {
      throw XCTSkip("fonts-noto-cjk is not installed (\(fonts)); apt-get install fonts-noto-cjk")
    }
    guard FileManager.default.fileExists(atPath: "/usr/share/unicode/EastAsianWidth.txt") else {
      throw XCTSkip("Debian's unicode-data package is not installed; apt-get install unicode-data")
    }
    // Debian's python3-fonttools is installed for /usr/bin/python3; a pip install may be on PATH.
    let pythons = ["/usr/bin/python3"] + [Command.which("python3")].compactMap { $0 }
    guard
      let python = try pythons.first(where: { try Command.run($0, ["-c", "import fontTools"]).status == 0 })
    else { throw XCTSkip("fontTools is not installed: apt-get install python3-fonttools") }
    let output = Paths.temporaryFolder().appendingPathComponent("AmbiguousWidthTable.swift")
    let script = Paths.packageRoot.appendingPathComponent("scripts/generate-ambiguous-widths").path
    let result = try Command.run(python, [script, "--output", output.path])
    XCTAssertEqual(result.status, 0, result.stderr)
    let committed = Paths.packageRoot.appendingPathComponent("Sources/PrepModel/Text/AmbiguousWidthTable.swift")
    XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), try String(contentsOf: committed, encoding: .utf8))
  }

  /// The committed table is exactly what the script makes of the Unicode data.
  func testTableIsTheGeneratorsOutput() throws {
    let ucd = "/usr/share/unicode/EastAsianWidth.txt"
    guard FileManager.default.fileExists(atPath: ucd) else {
      throw XCTSkip("Debian's unicode-data package is not installed (\(ucd)); apt-get install unicode-data")
    }
    guard let python = Command.which("python3") else { throw XCTSkip("python3 is not installed") }
    let output = Paths.temporaryFolder().appendingPathComponent("WidthTable.swift")
    let script = Paths.packageRoot.appendingPathComponent("scripts/generate-width-table").path
    let result = try Command.run(python, [script, "--output", output.path])
    XCTAssertEqual(result.status, 0, result.stderr)
    let committed = Paths.packageRoot.appendingPathComponent("Sources/PrepModel/Text/WidthTable.swift")
    XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), try String(contentsOf: committed, encoding: .utf8))
  }
}
