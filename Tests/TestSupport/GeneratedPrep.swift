import ExportKit

/// A deterministic generator of prep Markdown for property tests: topics with labelled
/// parts, lists, code blocks and paragraphs, in Chinese, Japanese, English or mixed text,
/// with punctuation that kinsoku must keep off line starts and ends, and words longer than
/// a card.
public struct GeneratedPrep {
  /// A small linear congruential generator: the same seed always gives the same document.
  public struct Random {
    public var state: UInt64
    public mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    public mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    public mutating func chance(_ percent: Int) -> Bool { next(100) < percent }
  }

  static let hanzi = Array("团队规模资源分配机器人力支撑对应更大重视程度推理优化效果最大化技术决策优先级冲突产品需求平衡方向")
  static let kana = Array("チームでいちばん困っていることは何ですかストレージ移行プロジェクトをリードしましたァィッャュョー")
  static let fullKana = kana.filter { !Kinsoku.noLineStart.contains($0) }
  static let halfwidth = Array("ｶﾀｶﾅﾃｷｽﾄｷｬｯｼｭｼｽﾃﾑ")
  static let latinWords = [
    "the", "team", "latency", "P99", "120ms", "QPS", "distributed", "systems", "storage", "migration", "Redis",
    "token", "bucket", "on-call", "state-of-the-art", "e.g.", "rollout",
  ]
  static let closers: [String] = [
    "，", "。", "、", "！", "？", "：", "；", "）", "」", "』", "》", "…", ",", ".", ";", ":", "!", "?", ")",
  ]
  static let openers: [String] = ["（", "「", "『", "《", "【", "“", "(", "["]
  static let emoji = ["👩‍💻", "🇯🇵", "❤️", "é", "ＡＢＣ", "—", "·", "“", "”"]

  public var random: Random

  public init(seed: UInt64) { random = Random(state: seed &* 2_654_435_761 &+ 1) }

  /// A run of text that starts with a word (never with punctuation).
  public mutating func text(words: Int) -> String {
    var out = word()
    for _ in 1..<max(1, words) {
      switch random.next(12) {
      case 0: out += random.pick(Self.closers)
      case 1: out += " " + random.pick(Self.openers) + word() + random.pick(Self.closers)
      case 2: out += random.pick(Self.emoji)
      case 3: out += " " + String(repeating: "x", count: 20 + random.next(60))  // wider than a card
      default: break
      }
      out += random.chance(50) ? word() : " " + word()
    }
    return out
  }

  private mutating func word() -> String {
    switch random.next(5) {
    case 0, 1: return String((0..<(1 + random.next(8))).map { _ in random.pick(Self.hanzi) })
    case 2:
      // Small kana and "ー" follow a full-size kana, as in real Japanese.
      var out = String(random.pick(Self.fullKana))
      for _ in 0..<random.next(8) {
        out.append(Kinsoku.noLineStart.contains(out.last!) ? random.pick(Self.fullKana) : random.pick(Self.kana))
      }
      return out
    case 3: return String((0..<(2 + random.next(6))).map { _ in random.pick(Self.halfwidth) }).replacingFirstSmall()
    default: return random.pick(Self.latinWords)
    }
  }

  /// A whole prep document.
  public mutating func markdown() -> String {
    let lang = random.pick(["zh-CN", "ja-JP", "en-US"])
    var lines = ["---", "lang: \(lang)", "---", ""]
    for _ in 0..<(1 + random.next(4)) {
      lines += ["## " + text(words: 1 + random.next(random.chance(20) ? 12 : 3)), ""]
      for _ in 0..<(1 + random.next(3)) {
        lines += [random.pick(["**总结**：", "Key points:", "原则：", "**まとめ**：", "Notes:", "**示例话术**："]), ""]
        switch random.next(4) {
        case 0:
          lines += ["```text"] + (0..<(1 + random.next(4))).map { _ in text(words: 1 + random.next(6)) } + ["```"]
        case 1:
          lines += (0..<(1 + random.next(3))).map { _ in text(words: 2 + random.next(20)) + "。" + text(words: 3) }
        default:
          let ordered = random.chance(50)
          for index in 0..<(1 + random.next(6)) {
            let start = random.chance(10) ? 123_456_789 : index + 1
            lines.append((ordered ? "\(start). " : "- ") + text(words: 1 + random.next(random.chance(30) ? 40 : 8)))
            // Nested lists, up to four levels, indented under their parent's text.
            var indent = ordered ? String(repeating: " ", count: "\(start). ".count) : "  "
            for _ in 0..<random.next(5) {
              lines.append(indent + "- " + text(words: 1 + random.next(10)))
              indent += "  "
            }
          }
        }
        lines.append("")
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  /// Half-width small kana may not start a word that may start a line.
  fileprivate func replacingFirstSmall() -> String {
    guard let first, Kinsoku.noLineStart.contains(first) else { return self }
    return "ｶ" + dropFirst()
  }
}
