/// Topic ids: a slug of the title (lower-cased, letters and digits of any script kept, other
/// runs become `-`), made unique with `-2`, `-3`… in document order. Public so that the
/// headings of a reviewed document that prepexport did not write get ids by the same rules.
public struct SlugRegistry {
  private var used: Set<String> = []
  /// The next suffix to try per base, so that a title repeated n times costs O(n), not O(n²).
  private var nextSuffix: [String: Int] = [:]

  public init() {}

  public static func slug(_ title: String) -> String {
    if let ascii = asciiSlug(title) { return ascii }
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

  /// The slug of an all-ASCII title, built from its bytes (most English titles); nil for any
  /// other title.
  private static func asciiSlug(_ title: String) -> String? {
    var title = title
    return title.withUTF8 { bytes -> String? in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var pendingDash = false
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        if (lower >= 0x30 && lower <= 0x39) || (lower >= 0x61 && lower <= 0x7A) {
          if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
          pendingDash = false
          out.append(lower)
        } else {
          pendingDash = true
        }
      }
      return out.isEmpty ? "topic" : String(decoding: out, as: UTF8.self)
    }
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

/// Takes an explicit `{#id}` off the end of top-level headings.
enum ExplicitID {
  /// For each top-level heading of `blocks` whose last text run ends with `{#id}`: the id is
  /// taken off the visible title (in the store being built) and returned by heading node. A
  /// heading that is only `{#id}` keeps the id as its visible title.
  static func strip(_ blocks: [LocatedBlock], in builder: inout ContentBuilder) -> [UInt32: String] {
    var ids: [UInt32: String] = [:]
    for located in blocks where builder.node(located.node).kind == .heading {
      let heading = located.node
      var child = heading + 1
      var last: UInt32?
      let end = builder.node(heading).end
      while child < end {
        last = child
        child = builder.node(child).end
      }
      guard let last, builder.node(last).kind == .text else { continue }
      let node = builder.node(last)
      let text = builder.slice(start: node.start, length: node.length)
      guard let (before, id) = split(text) else { continue }
      ids[heading] = String(id)
      let beforeLength = UInt32(before.utf8.count)
      let onlyChild = last == heading + 1
      if onlyChild && before.allSatisfy(\.isWhitespace) {
        let idStart = node.start + UInt32(text.utf8.distance(from: text.startIndex, to: id.startIndex))
        builder.setText(of: last, start: idStart, length: UInt32(id.utf8.count))
      } else {
        builder.setText(of: last, start: node.start, length: beforeLength)
      }
    }
    return ids
  }

  /// `text` without a trailing `{#id}` (and the spaces before it), and the id.
  static func split(_ text: Substring) -> (Substring, Substring)? {
    var trimmed = text
    while let last = trimmed.last, last.isWhitespace { trimmed = trimmed.dropLast() }
    guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) else { return nil }
    let id = trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]
    guard !id.isEmpty, !id.contains(where: { $0.isWhitespace || $0 == "}" || $0 == "{" }) else { return nil }
    var before = trimmed[..<open.lowerBound]
    while let last = before.last, last.isWhitespace { before = before.dropLast() }
    return (before, id)
  }
}

extension StringProtocol {
  func trimmingTrailingSpaces() -> String {
    var s = String(self)
    while let last = s.last, last.isWhitespace { s.removeLast() }
    return s
  }
}
