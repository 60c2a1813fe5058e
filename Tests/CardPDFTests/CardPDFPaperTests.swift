import CardModel
import Foundation
import TestSupport
import XCTest

/// The real `prepexport cards-pdf` on card stock and on sheets (SPEC §3.2b): page sizes,
/// how many cards a sheet holds and where, cut marks, duplex alignment, embedded fonts.
final class CardPDFPaperTests: XCTestCase {
  override class func tearDown() { PrintedPDF.removeAll() }

  // Sizes in points, computed here from inches and millimetres, not taken from the code.
  static let threeByFive = (width: 360.0, height: 216.0)
  static let fourBySix = (width: 432.0, height: 288.0)
  static let a6 = (width: 148 / 25.4 * 72, height: 105 / 25.4 * 72)
  static let a4 = (width: 210 / 25.4 * 72, height: 297 / 25.4 * 72)
  static let letter = (width: 612.0, height: 792.0)

  // pdftotext reads turned cards a character at a time, so each card is found by a Han
  // character of its own: 甲 乙 丙 in the titles, 子 丑 寅 in the points.
  private let markdown = """
    ---
    lang: en-US
    ---
    ## 甲 First card

    - 子 alpha point
    - beta point

    ## 乙 Second card

    - 丑 gamma point

    ## 丙 Third card

    - 寅 delta point
    """

  private func word(_ pdf: PrintedPDF, _ mark: String, page: Int? = nil) -> PDFTools.Word? {
    pdf.words.first { $0.text.contains(mark) && (page == nil || $0.page == page) }
  }

  func testOneCardPerPageAtTheCardsRealSizeLandscape() throws {
    for (size, expected) in [("3x5", Self.threeByFive), ("4x6", Self.fourBySix), ("a6", Self.a6)] {
      let pdf = try PrintedPDF.make(markdown, ["--size", size])
      XCTAssertEqual(pdf.pages.count, 3, size)
      for page in pdf.pages {
        XCTAssertEqual(page.width, expected.width, accuracy: 0.01, size)
        XCTAssertEqual(page.height, expected.height, accuracy: 0.01, size)
      }
      assertWordsInsideMargins(pdf, slots: [CardRect(x: 0, y: 0, width: expected.width, height: expected.height)])
      XCTAssertEqual(Set(pdf.words.filter { $0.text.contains("甲") }.map(\.page)), [0])
      XCTAssertEqual(Set(pdf.words.filter { $0.text.contains("寅") }.map(\.page)), [2])
    }
    let defaultSize = try PrintedPDF.make(markdown)
    XCTAssertEqual(defaultSize.pages.first?.width ?? 0, 360, accuracy: 0.01, "3x5 by default")
  }

  /// Where the cards of a sheet go: portrait sheets, the grid centred, cards turned a quarter
  /// turn when more fit that way (worked out by hand for each case).
  static func slots(paper: String, size: String) -> [CardRect] {
    switch (paper, size) {
    case ("a4", "3x5"):  // turned, 2 × 2
      let left = (a4.width - 432) / 2
      let top = (a4.height - 720) / 2
      return [(0, 0), (1, 0), (0, 1), (1, 1)].map {
        CardRect(x: left + 216 * Double($0.0), y: top + 360 * Double($0.1), width: 216, height: 360)
      }
    case ("letter", "3x5"):
      return [(0, 0), (1, 0), (0, 1), (1, 1)].map {
        CardRect(x: 90 + 216 * Double($0.0), y: 36 + 360 * Double($0.1), width: 216, height: 360)
      }
    case ("a4", "4x6"):  // upright, one column of two
      return [0, 1].map {
        CardRect(x: (a4.width - 432) / 2, y: (a4.height - 576) / 2 + 288 * Double($0), width: 432, height: 288)
      }
    case ("a4", "a6"):  // turned, four A6 fill an A4 sheet
      let top = (a4.height - 2 * a6.width) / 2
      return [(0, 0), (1, 0), (0, 1), (1, 1)].map {
        CardRect(x: a6.height * Double($0.0), y: top + a6.width * Double($0.1), width: a6.height, height: a6.width)
      }
    case ("letter", "a6"):
      return [0, 1].map {
        CardRect(
          x: (612 - a6.width) / 2, y: (792 - 2 * a6.height) / 2 + a6.height * Double($0), width: a6.width,
          height: a6.height)
      }
    default: fatalError("no slots worked out for \(paper) \(size)")
    }
  }

  func testSheetsHoldAsManyCardsAsFitInsideThePrintableMargins() throws {
    for (paper, size, sheet) in [
      ("a4", "3x5", Self.a4), ("letter", "3x5", Self.letter), ("a4", "4x6", Self.a4), ("a4", "a6", Self.a4),
      ("letter", "a6", Self.letter),
    ] {
      let context = "\(paper) \(size)"
      let pdf = try PrintedPDF.make(markdown, ["--paper", paper, "--size", size])
      let slots = Self.slots(paper: paper, size: size)
      XCTAssertEqual(pdf.pages.count, (3 + slots.count - 1) / slots.count, context)
      for page in pdf.pages {
        XCTAssertEqual(page.width, sheet.width, accuracy: 0.01, context)
        XCTAssertEqual(page.height, sheet.height, accuracy: 0.01, context)
      }
      assertWordsInsideMargins(pdf, slots: slots)
      // Cards fill the slots in reading order.
      for (index, title) in ["甲", "乙", "丙"].enumerated() {
        let slot = slots[index % slots.count]
        let word = try XCTUnwrap(word(pdf, title), "\(title) \(context)")
        XCTAssertEqual(word.page, index / slots.count, "\(title) \(context)")
        XCTAssertTrue(slot.holds(word), "\(title) in \(slot) \(context)")
      }
      // Nothing is drawn within a quarter inch of the sheet's edges.
      for word in pdf.words {
        XCTAssertGreaterThanOrEqual(word.xMin, 18, context)
        XCTAssertLessThanOrEqual(word.xMax, sheet.width - 18, context)
      }
    }
  }

  func testCutMarksAreDrawnOnEveryCutLineInsideTheMargins() throws {
    try PDFTools.requireTools()
    guard Command.which("pdftoppm") != nil else { throw XCTSkip("pdftoppm is missing: install poppler-utils") }
    let pdf = try PrintedPDF.make(markdown, ["--paper", "a4", "--size", "3x5"])
    let image = try GrayImage.render(pdf.url, page: 1, dpi: 300)
    let slots = Self.slots(paper: "a4", size: "3x5")
    let top = slots[0].y
    let left = slots[0].x
    // Vertical cuts at the grid's left edge, middle and right edge: a mark above the grid.
    for x in [left, left + 216, left + 432] {
      XCTAssertTrue(image.isDark(nearX: x, y: top - 8), "mark above the cut at x = \(x)")
      XCTAssertTrue(image.isDark(nearX: x, y: Self.a4.height - top + 8), "mark below the cut at x = \(x)")
    }
    XCTAssertFalse(image.isDark(nearX: left + 108, y: top - 8), "no mark where there is no cut")
    // Horizontal cuts: marks left of the grid.
    for y in [top, top + 360, top + 720] {
      XCTAssertTrue(image.isDark(nearY: y, x: left - 8), "mark left of the cut at y = \(y)")
    }
    // Marks stay inside the printable area: nothing within 18 pt of the edges.
    XCTAssertFalse(image.hasDarkPixel(inBand: 0..<17, vertical: true), "ink in the top margin")
    XCTAssertFalse(image.hasDarkPixel(inBand: 0..<17, vertical: false), "ink in the left margin")
  }

  func testDuplexPutsEachBackBehindItsFrontForALongEdgeFlip() throws {
    let cards = try PrintedPDF.make(markdown, ["--duplex"])
    XCTAssertEqual(cards.pages.count, 6, "a front and a back per card")
    for (index, title) in ["甲", "乙", "丙"].enumerated() {
      XCTAssertEqual(
        Set(cards.words.filter { $0.text.contains(title) }.map(\.page)), [2 * index, 2 * index + 1],
        "\(title) on its front and its back")
    }
    XCTAssertEqual(Set(cards.words.filter { $0.text.contains("子") }.map(\.page)), [1], "points on the back only")
    // On sheets, a card's back is on the next page, in the mirrored column of the same row.
    let sheets = try PrintedPDF.make(markdown, ["--duplex", "--paper", "a4", "--size", "3x5"])
    XCTAssertEqual(sheets.pages.count, 2)
    let slots = Self.slots(paper: "a4", size: "3x5")
    let mirrored = [1, 0, 3, 2]
    for (index, (title, point)) in [("甲", "子"), ("乙", "丑"), ("丙", "寅")].enumerated() {
      let front = try XCTUnwrap(word(sheets, title, page: 0))
      XCTAssertTrue(slots[index].holds(front), "\(title) front in slot \(index)")
      let backTitle = try XCTUnwrap(word(sheets, title, page: 1))
      XCTAssertTrue(slots[mirrored[index]].holds(backTitle), "\(title) back in slot \(mirrored[index])")
      let back = try XCTUnwrap(word(sheets, point, page: 1))
      XCTAssertTrue(slots[mirrored[index]].holds(back), "\(point) back in slot \(mirrored[index])")
      XCTAssertNil(word(sheets, point, page: 0), "no points on the fronts")
    }
  }

  func testEveryFontIsEmbeddedAndCharactersMapToText() throws {
    for arguments in [[String](), ["--paper", "letter", "--duplex"]] {
      let pdf = try PrintedPDF.make(
        "---\nlang: zh-CN\nfonts:\n  latin: DejaVu Sans\n---\n## 跳槽原因\n\n1. 方向匹配 direction\n\n## 代码\n\n```swift\nlet x = 1\n```\n",
        arguments)
      let fonts = try PDFTools.fonts(pdf.url)
      XCTAssertFalse(fonts.isEmpty)
      for font in fonts {
        XCTAssertTrue(font.embedded, "\(font) embedded")
        XCTAssertTrue(font.unicode, "\(font) maps to text")
        // Cairo embeds Type 3 fonts with the glyphs used only; other fonts are subsets.
        if font.type != "Type 3" { XCTAssertTrue(font.subset, "\(font) is a subset") }
      }
      XCTAssertTrue(fonts.contains { $0.name.hasSuffix("DejaVuSans") && $0.type.contains("TrueType") }, "\(fonts)")
      XCTAssertTrue(fonts.contains { $0.type == "Type 3" }, "Noto CJK's CFF glyphs go through Type 3: \(fonts)")
      assertEveryCharacterPrinted(pdf, ["跳槽原因", "方向匹配 direction", "代码", "let x = 1"])
    }
  }

  func testTheDocumentsTitleAndCreationTimeAreTheMetadataAndRunsAreReproducible() throws {
    let epoch = ["SOURCE_DATE_EPOCH": "1796000000"]
    let first = try PrintedPDF.make("---\ntitle: My prep\ncandidate: Li Ming\n---\n## A\n\n- b\n", environment: epoch)
    let second = try PrintedPDF.make("---\ntitle: My prep\ncandidate: Li Ming\n---\n## A\n\n- b\n", environment: epoch)
    XCTAssertEqual(try Data(contentsOf: first.url), try Data(contentsOf: second.url), "byte-identical")
    let info = try Command.run(Command.which("pdfinfo")!, ["-isodates", first.url.path]).stdoutText
    var fields: [String: String] = [:]
    for line in info.split(separator: "\n") {
      let parts = line.split(separator: ":", maxSplits: 1)
      if parts.count == 2 { fields[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces) }
    }
    XCTAssertEqual(fields["Title"], "My prep")
    XCTAssertEqual(fields["Author"], "Li Ming")
    XCTAssertEqual(fields["CreationDate"], "2026-11-30T00:53:20Z", "SOURCE_DATE_EPOCH 1796000000")
  }
}

/// A page rendered by `pdftoppm -gray`, to look for ink where cut marks must be.
struct GrayImage {
  let width: Int
  let height: Int
  let pixels: [UInt8]
  let dpi: Double

  static func render(_ pdf: URL, page: Int, dpi: Int) throws -> GrayImage {
    let prefix = PrintedPDF.newFolder().appendingPathComponent("page").path
    let result = try Command.run(
      Command.which("pdftoppm")!,
      ["-gray", "-r", "\(dpi)", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf.path, prefix])
    XCTAssertEqual(result.status, 0, result.stderr)
    let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm")))
    // "P5\n<width> <height>\n255\n" then one byte per pixel.
    var fields: [Int] = []
    var index = 2
    while fields.count < 3 {
      while data[index] == 0x20 || data[index] == 0x0A { index += 1 }
      var value = 0
      while data[index] >= 0x30 && data[index] <= 0x39 {
        value = value * 10 + Int(data[index] - 0x30)
        index += 1
      }
      fields.append(value)
    }
    return GrayImage(width: fields[0], height: fields[1], pixels: Array(data[(index + 1)...]), dpi: Double(dpi))
  }

  private func pixel(_ x: Int, _ y: Int) -> UInt8 {
    guard x >= 0, y >= 0, x < width, y < height else { return 255 }
    return pixels[y * width + x]
  }

  private func px(_ points: Double) -> Int { Int((points * dpi / 72).rounded()) }

  /// Whether there is ink within 2 pt left or right of (`x`, `y`), in points.
  func isDark(nearX x: Double, y: Double) -> Bool {
    (px(x - 2)...px(x + 2)).contains { pixel($0, px(y)) < 160 }
  }

  /// Whether there is ink within 2 pt above or below (`x`, `y`), in points.
  func isDark(nearY y: Double, x: Double) -> Bool {
    (px(y - 2)...px(y + 2)).contains { pixel(px(x), $0) < 160 }
  }

  /// Whether any pixel in the band `points` from the top (vertical) or left edge is dark.
  func hasDarkPixel(inBand points: Range<Double>, vertical: Bool) -> Bool {
    let band = px(points.lowerBound)..<px(points.upperBound)
    if vertical {
      return band.contains { y in (0..<width).contains { pixel($0, y) < 160 } }
    }
    return band.contains { x in (0..<height).contains { pixel(x, $0) < 160 } }
  }
}
