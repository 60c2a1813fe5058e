/// One line of a paragraph as Pango broke it: where it is in the paragraph's UTF-8 bytes and
/// how much room it takes, in points.
struct LineBox: Sendable, Equatable {
  /// Byte range in the paragraph's UTF-8 text.
  var start: Int
  var end: Int
  /// The line's height (Pango's line range, spacing included) and its baseline below its top.
  var height: Double
  var ascent: Double
  /// The width of its text.
  var width: Double
}

/// A paragraph's UTF-8 bytes, shared by the lines cut from it.
final class TextBytes: Sendable {
  let bytes: [UInt8]

  init(_ text: String) { bytes = Array(text.utf8) }

  /// The text of a line.
  func text(of line: LineBox) -> String { String(decoding: bytes[line.start..<line.end], as: UTF8.self) }
}
