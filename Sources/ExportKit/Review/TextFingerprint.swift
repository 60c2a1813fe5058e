/// A fingerprint of a document's body text, recorded in the file when prepexport writes it
/// and computed again from a file that comes back, so that text prepexport did not write
/// (a note typed with change tracking off) is found, and a file merely re-saved by Word or
/// LibreOffice is not mistaken for a reviewed one.
///
/// **What text counts.** The body, in document order, one section per heading (the first
/// section is what precedes the first heading: the title block and the preamble): every
/// character the reader sees — headings, paragraphs, labels as written (with their colon),
/// list items' text (not their numbers or bullets, which are list labels), task boxes
/// (☐/☑), table cells, code, answer captions and answers, the mentor-notes captions and
/// anything typed in the boxes, the appendix. Not counted: the table of contents (its title
/// and entries), fields (their codes, and results such as page numbers), headers and
/// footers, comments, and text a tracked change inserted (text it deleted counts: the
/// fingerprint is of the text before the review's tracked changes, which are reported on
/// their own).
///
/// **Normalised.** White space of every kind is ignored (so paragraph splits, tabs, line
/// breaks and how Word or LibreOffice re-save spaces do not matter), as are control and
/// invisible formatting characters (soft hyphens, zero-width spaces, byte-order marks).
///
/// **Digest.** Each section's normalised text, as UTF-8, goes through 64-bit FNV-1a; its low
/// 30 bits are written as five characters of the URL-safe base64 alphabet.
public struct TextFingerprint: Sendable {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  public init() {}

  /// Adds text to the section being fingerprinted.
  public mutating func add<S: StringProtocol>(_ text: S) {
    var hash = state
    for scalar in text.unicodeScalars where Self.counts(scalar) {
      let value = scalar.value
      // UTF-8 bytes of the scalar, hashed one by one.
      if value < 0x80 {
        hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
      } else {
        for byte in UTF8.encode(scalar)! {
          hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
      }
    }
    state = hash
  }

  /// The five-character digest of everything added.
  public var digest: String {
    var out = ""
    var bits = state & 0x3FFF_FFFF
    for _ in 0..<5 {
      out.append(Self.alphabet[Int(bits & 63)])
      bits >>= 6
    }
    return out
  }

  /// The digest of one text.
  public static func digest(_ text: String) -> String {
    var fingerprint = TextFingerprint()
    fingerprint.add(text)
    return fingerprint.digest
  }

  static let digestLength = 5
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

  /// Whether a character is part of the fingerprinted text.
  static func counts(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value > 0x20 && value != 0x7F }
    // Kana, CJK ideographs, Hangul, full-width forms: the bulk of CJK text, none of them
    // white space or invisible (U+3000, the ideographic space, is below this range).
    if (0x3040...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) || (0xFF01...0xFF5E).contains(value) {
      return true
    }
    if scalar.properties.isWhitespace { return false }
    if value == 0xFFFE || value == 0xFFFF { return false }
    switch scalar.properties.generalCategory {
    case .control, .format: return false
    default: return true
    }
  }
}

/// Fingerprints a body section by section while a writer writes it: each heading starts a
/// section; the table of contents is left out. What the writer passes is what its readers
/// will see as the paragraphs' text, so the two agree by construction.
public struct SectionFingerprints: Sendable {
  private var digests: [String] = []
  private var current = TextFingerprint()
  private var paused = 0

  public init() {}

  /// Text written into the body.
  public mutating func add<S: StringProtocol>(_ text: S) {
    if paused == 0 { current.add(text) }
  }

  /// A heading begins: the section before it is complete.
  public mutating func startSection() {
    digests.append(current.digest)
    current = TextFingerprint()
  }

  /// Text written between `pause` and `resume` (the table of contents) does not count.
  public mutating func pause() { paused += 1 }
  public mutating func resume() { paused -= 1 }

  /// One digest per section, the first for the text before the first heading.
  public var sections: [String] { digests + [current.digest] }
}
