/// A BCP 47 language tag reduced to what the exporters need: language and region.
public struct LanguageTag: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// Lower-case language subtag: "zh", "ja", "ko", "en"…
  public var language: String
  /// Upper-case region subtag: "CN", "JP", "US"…, or nil.
  public var region: String?
  /// The script subtag when given ("Hant"), else nil.
  public var script: String?

  public init(language: String, region: String? = nil, script: String? = nil) {
    self.language = language.lowercased()
    self.region = region?.uppercased()
    self.script = script
  }

  public static let english = LanguageTag(language: "en", region: "US")
  public static let chinese = LanguageTag(language: "zh", region: "CN")
  public static let japanese = LanguageTag(language: "ja", region: "JP")
  public static let korean = LanguageTag(language: "ko", region: "KR")

  /// Parses "zh-CN", "ja", "en_US", "zh-Hant-TW"; nil when it is not a language tag.
  public init?(parsing text: String) {
    let parts = text.trimmingCharacters(in: [" "]).split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
    guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
    else { return nil }
    var region: String?
    var script: String?
    for part in parts.dropFirst() {
      if part.count == 4, part.allSatisfy({ $0.isASCII && $0.isLetter }) {
        script = part.prefix(1).uppercased() + part.dropFirst().lowercased()
      } else if (part.count == 2 && part.allSatisfy({ $0.isASCII && $0.isLetter }))
        || (part.count == 3 && part.allSatisfy(\.isNumber))
      {
        region = part
      }
    }
    if region == nil {
      switch first.lowercased() {
      case "zh": region = script == "Hant" ? "TW" : "CN"
      case "ja": region = "JP"
      case "ko": region = "KR"
      case "en": region = "US"
      default: break
      }
    }
    self.init(language: first, region: region, script: script)
  }

  /// "zh-CN".
  public var description: String { [language, script, region].compactMap { $0 }.joined(separator: "-") }

  /// Chinese, Japanese or Korean: East Asian text rules and fonts apply.
  public var isCJK: Bool { ["zh", "ja", "ko"].contains(language) }

  /// Whether pages default to US Letter (en-US, en-CA) rather than A4.
  public var usesLetterPaper: Bool { language == "en" && (region == "US" || region == "CA") }

  /// Detects the language from text (SPEC §2.1): kana → ja-JP, hangul → ko-KR, Han → zh-CN, else en-US.
  public static func detect<S: Sequence>(in scalars: S) -> LanguageTag where S.Element == Unicode.Scalar {
    var sawHan = false
    var sawHangul = false
    for scalar in scalars where scalar.value >= 0x1100 {
      switch scalar.value {
      case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: return .japanese
      case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: sawHangul = true
      case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: sawHan = true
      default: break
      }
    }
    return sawHangul ? .korean : sawHan ? .chinese : .english
  }

  /// The same as `detect(in:)` over UTF-8 text, decoding only the scalars that can matter
  /// (three- and four-byte sequences), so that a large bank is scanned at memory speed.
  public static func detect(utf8 bytes: UnsafeBufferPointer<UInt8>) -> LanguageTag {
    var sawHan = false
    var sawHangul = false
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0xE0 {
        i += 1
        continue
      }
      var scalar: UInt32
      if b < 0xF0 {
        guard i + 2 < n else { break }
        scalar = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        i += 3
      } else {
        guard i + 3 < n else { break }
        scalar =
          UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
          | UInt32(bytes[i + 3] & 0x3F)
        i += 4
      }
      switch scalar {
      case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: return .japanese
      case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: sawHangul = true
      case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: sawHan = true
      default: break
      }
    }
    return sawHangul ? .korean : sawHan ? .chinese : .english
  }
}
