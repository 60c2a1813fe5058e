/// Topic ids: a slug of the title (lower-cased, letters and digits of any script kept, other
/// runs become `-`), made unique with `-2`, `-3`… in document order. Public so that the
/// headings of a reviewed document that prepexport did not write get ids by the same rules.
public struct SlugRegistry {
  private var used: Set<String> = []
  /// The next suffix to try per base, so that a title repeated n times costs O(n), not O(n²).
  private var nextSuffix: [String: Int] = [:]

  public init() {}

  public static func slug(_ title: String) -> String {
    var out = ""
    var pendingDash = false
    for character in title.lowercased() {
      // ASCII first: the Unicode property look-up is the slow path.
      let keep: Bool
      if let ascii = character.asciiValue {
        keep = (ascii >= 0x30 && ascii <= 0x39) || (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x41 && ascii <= 0x5A)
      } else {
        keep = character.isLetter || character.isNumber
      }
      if keep {
        if pendingDash && !out.isEmpty { out.append("-") }
        pendingDash = false
        out.append(character)
      } else {
        pendingDash = true
      }
    }
    return out.isEmpty ? "topic" : out
  }

  /// A unique id from `base`: `base`, else `base-2`, `base-3`…
  public mutating func claim(_ base: String) -> String {
    var candidate = base
    var n = nextSuffix[base] ?? 2
    while used.contains(candidate) {
      candidate = "\(base)-\(n)"
      n += 1
    }
    nextSuffix[base] = n
    used.insert(candidate)
    return candidate
  }
}

/// Splits an explicit `{#id}` off the end of a heading.
enum ExplicitID {
  /// The heading without its `{#id}`, and the id, if the last text run ends with one.
  static func split(_ inlines: [Inline]) -> ([Inline], String?) {
    guard case .text(let text)? = inlines.last else { return (inlines, nil) }
    let trimmed = text.trimmingTrailingSpaces()
    guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) else { return (inlines, nil) }
    let id = String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)])
    guard !id.isEmpty, !id.contains(where: { $0.isWhitespace || $0 == "}" || $0 == "{" }) else { return (inlines, nil) }
    var rest = Array(inlines.dropLast())
    let before = String(trimmed[..<open.lowerBound]).trimmingTrailingSpaces()
    if !before.isEmpty { rest.append(.text(before)) }
    return (rest, id)
  }
}

extension StringProtocol {
  func trimmingTrailingSpaces() -> String {
    var s = String(self)
    while let last = s.last, last.isWhitespace { s.removeLast() }
    return s
  }
}
