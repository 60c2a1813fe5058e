/// Line-breaking rules for Chinese and Japanese text (kinsoku shori), shared by every format
/// that wraps plain text itself: which characters may not start a line, which may not end
/// one, and where East Asian text may break at all.
public enum Kinsoku {
  /// Closing punctuation, small kana and prolonged sound marks: never first on a line.
  public static let noLineStart: Set<Character> = [
    // Chinese and Japanese closing and trailing punctuation
    "，", "。", "、", "！", "？", "：", "；", "）", "」", "』", "》", "〉", "】", "〕", "〗", "〙", "〛", "｝", "］",
    "”", "’", "…", "‥", "・", "·", "〜", "～", "％", "‰", "℃", "°", "．", "｡", "､", "｣", "〟", "゛", "゜",
    "ゝ", "ゞ", "ヽ", "ヾ", "々", "〻",
    // small kana and the prolonged sound mark
    "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ゎ", "ゕ", "ゖ",
    "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ", "ヮ", "ヵ", "ヶ", "ー",
    "ㇰ", "ㇱ", "ㇲ", "ㇳ", "ㇴ", "ㇵ", "ㇶ", "ㇷ", "ㇸ", "ㇹ", "ㇺ", "ㇻ", "ㇼ", "ㇽ", "ㇾ", "ㇿ",
    "ｧ", "ｨ", "ｩ", "ｪ", "ｫ", "ｬ", "ｭ", "ｮ", "ｯ", "ｰ",
    // ASCII closing punctuation
    ",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
  ]

  /// Opening brackets and quotes: never last on a line.
  public static let noLineEnd: Set<Character> = [
    "（", "「", "『", "《", "〈", "【", "〔", "〖", "〘", "〚", "｛", "［", "“", "‘", "〝", "｢",
    "(", "[", "{",
  ]

  /// Characters that come in runs which must not be split: "……" and "——".
  public static let inseparable: Set<Character> = ["…", "‥", "—", "―"]

  /// Whether `character` may start a line.
  public static func mayStartLine(_ character: Character) -> Bool { !Flags(character).contains(.noLineStart) }

  /// Whether `character` may end a line.
  public static func mayEndLine(_ character: Character) -> Bool { !Flags(character).contains(.noLineEnd) }

  /// What line breaking needs to know of one character, computed once from its scalars (the
  /// lists above are of single scalars; a cluster is judged by its first), so that wrapping
  /// long text hashes no `Character`.
  public struct Flags: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let space = Flags(rawValue: 1)
    public static let noLineStart = Flags(rawValue: 2)
    public static let noLineEnd = Flags(rawValue: 4)
    /// "…", "‥", "—", "―": not split from the same character beside it.
    public static let inseparable = Flags(rawValue: 8)
    /// Breaks like ideographs: East Asian wide, or half-width katakana.
    public static let ideographic = Flags(rawValue: 16)
    public static let hyphen = Flags(rawValue: 32)
    public static let letter = Flags(rawValue: 64)

    public init(_ character: Character) {
      let scalars = character.unicodeScalars
      guard let first = scalars.first else {
        self = []
        return
      }
      let v = first.value
      var flags: Flags = []
      if v < 0x80 {
        switch v {
        case 0x20: flags = .space
        case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x25: flags = .noLineStart  // , . ; : ! ? ) ] } %
        case 0x28, 0x5B, 0x7B: flags = .noLineEnd  // ( [ {
        case 0x2D: flags = .hyphen
        case 0x41...0x5A, 0x61...0x7A: flags = .letter
        default: break
        }
        self = flags
        return
      }
      if Kinsoku.noLineStartScalars.contains(v) { flags.insert(.noLineStart) }
      if Kinsoku.noLineEndScalars.contains(v) { flags.insert(.noLineEnd) }
      if v == 0x2026 || v == 0x2025 || v == 0x2014 || v == 0x2015 { flags.insert(.inseparable) }
      if DisplayWidth.isWide(first) || (0xFF61...0xFF9F).contains(v) { flags.insert(.ideographic) }
      if first.properties.isAlphabetic { flags.insert(.letter) }
      self = flags
    }
  }

  static let noLineStartScalars = Set(noLineStart.compactMap { $0.unicodeScalars.first?.value })
  static let noLineEndScalars = Set(noLineEnd.compactMap { $0.unicodeScalars.first?.value })

  /// Whether a line may break between two neighbouring characters with these flags (the
  /// same rule as `mayBreak(between:and:)`); `same` tells whether they are the same character.
  public static func mayBreak(between before: Flags, and after: Flags, same: Bool) -> Bool {
    if after.contains(.space) { return false }
    if after.contains(.noLineStart) || before.contains(.noLineEnd) { return false }
    if before.contains(.space) { return true }
    if same && before.contains(.inseparable) { return false }
    if before.contains(.ideographic) || after.contains(.ideographic) { return true }
    return before.contains(.hyphen) && after.contains(.letter)
  }

  /// Whether a line may break between `before` and `after`, two neighbouring characters of
  /// one line of text: after a space; between East Asian wide characters (or half-width
  /// katakana, Japanese however narrow) or next to one; after a hyphen inside a word. Never
  /// against kinsoku, never inside "……" or "——".
  public static func mayBreak(between before: Character, and after: Character) -> Bool {
    mayBreak(between: Flags(before), and: Flags(after), same: before == after)
  }
}
