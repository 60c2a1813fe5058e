import Foundation
import XCTest

/// poppler-utils, to read back the PDFs prepexport writes: page sizes (`pdfinfo`), fonts
/// (`pdffonts`), and every word with its box (`pdftotext -bbox`).
public enum PDFTools {
  /// Why the tools cannot run, for `XCTSkip`; nil when they can.
  public static var missingReason: String? {
    for tool in ["pdfinfo", "pdffonts", "pdftotext"] where Command.which(tool) == nil {
      return "\(tool) is missing: run `make test`, which installs poppler-utils"
    }
    return nil
  }

  /// Throws `XCTSkip` when poppler-utils is not installed.
  public static func requireTools() throws {
    if let reason = missingReason { throw XCTSkip(reason) }
  }

  /// `pdfinfo`: the page count and the size of each page, in points.
  public static func pages(_ pdf: URL) throws -> [(width: Double, height: Double)] {
    let info = try Command.run(Command.which("pdfinfo")!, ["-l", "9999", pdf.path])
    XCTAssertEqual(info.status, 0, info.stderr)
    var sizes: [(Double, Double)] = []
    for line in info.stdoutText.split(separator: "\n") where line.hasPrefix("Page") && line.contains(" size:") {
      // "Page    1 size: 360 x 216 pts"
      let fields = line.split(separator: ":", maxSplits: 1)[1].split(separator: " ")
      guard fields.count >= 3, let w = Double(fields[0]), let h = Double(fields[2]) else { continue }
      sizes.append((w, h))
    }
    return sizes
  }

  /// One row of `pdffonts`.
  public struct Font: Equatable {
    public var name: String
    public var type: String
    public var embedded: Bool
    public var subset: Bool
    public var unicode: Bool
  }

  /// `pdffonts`: every font the PDF uses.
  public static func fonts(_ pdf: URL) throws -> [Font] {
    let result = try Command.run(Command.which("pdffonts")!, [pdf.path])
    XCTAssertEqual(result.status, 0, result.stderr)
    // The columns are fixed width; the last six fields are emb sub uni object ID (and gen).
    return result.stdoutText.split(separator: "\n").dropFirst(2).map { line in
      let fields = line.split(separator: " ").map(String.init)
      let tail = Array(fields.suffix(5))  // emb sub uni object generation
      let head = fields.dropLast(5)
      let encodingless = head.dropLast()  // the encoding column
      return Font(
        name: encodingless.first ?? "", type: encodingless.dropFirst().joined(separator: " "),
        embedded: tail[0] == "yes", subset: tail[1] == "yes", unicode: tail[2] == "yes")
    }
  }

  /// A word as `pdftotext -bbox` finds it: its text, page (from 0) and box in points, y down.
  public struct Word: Equatable {
    public var text: String
    public var page: Int
    public var xMin, yMin, xMax, yMax: Double

    public var centerY: Double { (yMin + yMax) / 2 }
  }

  /// `pdftotext -bbox`: every word of every page.
  public static func words(_ pdf: URL) throws -> [Word] {
    let result = try Command.run(Command.which("pdftotext")!, ["-bbox", pdf.path, "-"])
    XCTAssertEqual(result.status, 0, result.stderr)
    var words: [Word] = []
    var page = -1
    for line in result.stdoutText.split(separator: "\n") {
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("<page ") {
        page += 1
        continue
      }
      guard trimmed.hasPrefix("<word "), let close = trimmed.firstIndex(of: ">"),
        let end = trimmed.range(of: "</word>", options: .backwards)
      else { continue }
      let attributes = trimmed[..<close]
      func number(_ name: String) -> Double {
        guard let start = attributes.range(of: name + "=\"") else { return .nan }
        let rest = attributes[start.upperBound...]
        return Double(rest.prefix { $0 != "\"" }) ?? .nan
      }
      let text = unescape(String(trimmed[trimmed.index(after: close)..<end.lowerBound]))
      words.append(
        Word(
          text: text, page: page, xMin: number("xMin"), yMin: number("yMin"), xMax: number("xMax"),
          yMax: number("yMax")))
    }
    return words
  }

  private static func unescape(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// How many times each scalar that is not white space occurs in `texts`: for "every
  /// character printed" checks that do not depend on reading order, which pdftotext does not
  /// keep for CJK or turned text. Joiners and variation selectors, which a PDF's text need
  /// not keep (`❤️` is extracted as `❤`), are not counted.
  public static func characterCounts<S: Sequence>(_ texts: S) -> [Unicode.Scalar: Int] where S.Element == String {
    var counts: [Unicode.Scalar: Int] = [:]
    for text in texts {
      for scalar in text.unicodeScalars
      where !scalar.properties.isWhitespace && !scalar.properties.isDefaultIgnorableCodePoint {
        counts[scalar, default: 0] += 1
      }
    }
    return counts
  }
}
