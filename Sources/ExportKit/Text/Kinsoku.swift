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
  public static func mayStartLine(_ character: Character) -> Bool { !noLineStart.contains(character) }

  /// Whether `character` may end a line.
  public static func mayEndLine(_ character: Character) -> Bool { !noLineEnd.contains(character) }

  /// Whether a line may break between `before` and `after`, two neighbouring characters of
  /// one line of text: after a space; between East Asian wide characters or next to one;
  /// after a hyphen inside a word. Never against kinsoku, never inside "……" or "——".
  public static func mayBreak(between before: Character, and after: Character) -> Bool {
    if after == " " { return false }
    if !mayStartLine(after) || !mayEndLine(before) { return false }
    if before == " " { return true }
    if before == after && inseparable.contains(before) { return false }
    if breaksLikeIdeographs(before) || breaksLikeIdeographs(after) { return true }
    return before == "-" && after.isLetter
  }

  /// East Asian wide characters, and half-width katakana, which are Japanese text however
  /// narrow: a line may break next to any of them.
  static func breaksLikeIdeographs(_ character: Character) -> Bool {
    if EastAsian.isWide(character) { return true }
    guard let scalar = character.unicodeScalars.first else { return false }
    return (0xFF61...0xFF9F).contains(scalar.value)
  }
}
