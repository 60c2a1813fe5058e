/// What raw HTML in Markdown shows in a document (SPEC §2.2: raw HTML keeps its text and
/// loses its tags). Shared by the DOCX and ODT writers so both read HTML the same way.
public enum RawHTMLText {
  /// The text of `html` without its tags. Comments keep their inner text (nothing the user
  /// wrote is dropped); `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#39;`, `&nbsp;` and
  /// numeric references are decoded. For a `block`, each tag separates words and runs of
  /// white space become one space, trimmed; inline, tags simply disappear.
  public static func text(_ html: String, block: Bool) -> String {
    var out = String.UnicodeScalarView()
    let scalars = Array(html.unicodeScalars)
    var i = 0
    let n = scalars.count
    var pendingSpace = false
    func emit(_ s: Unicode.Scalar) {
      if block {
        if s == " " || s == "\t" || s == "\n" || s == "\r" {
          pendingSpace = true
          return
        }
        if pendingSpace && !out.isEmpty { out.append(" ") }
        pendingSpace = false
      }
      out.append(s)
    }
    while i < n {
      let c = scalars[i]
      if c == "<" {
        if i + 3 < n, scalars[i + 1] == "!", scalars[i + 2] == "-", scalars[i + 3] == "-" {
          // A comment: keep what it says.
          var j = i + 4
          while j < n && !(scalars[j] == "-" && j + 2 < n && scalars[j + 1] == "-" && scalars[j + 2] == ">") { j += 1 }
          if block { pendingSpace = true }
          for k in (i + 4)..<min(j, n) { emit(scalars[k]) }
          if block { pendingSpace = true }
          i = min(j + 3, n)
          continue
        }
        // A tag: up to the next `>` (looked for within a bounded window, so that text full of
        // `<` stays linear).
        if i + 1 < n, isTagStart(scalars[i + 1]), let close = scalars[(i + 1)..<min(n, i + 4_096)].firstIndex(of: ">") {
          if block { pendingSpace = true }
          i = close + 1
          continue
        }
      }
      if c == "&", let (decoded, length) = entity(scalars, at: i) {
        emit(decoded)
        i += length
        continue
      }
      emit(c)
      i += 1
    }
    return String(out)
  }

  /// Whether inline HTML is a line break tag (`<br>`, `<br/>`, `<br />`).
  public static func isLineBreak(_ html: String) -> Bool {
    let folded = html.lowercased().filter { $0 != " " }
    return folded == "<br>" || folded == "<br/>"
  }

  private static func isTagStart(_ s: Unicode.Scalar) -> Bool {
    s == "/" || s == "!" || s == "?" || (s.isASCII && s.properties.isAlphabetic)
  }

  private static let named: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
  ]

  private static func entity(_ scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
    var j = start + 1
    var name = ""
    while j < scalars.count, j - start <= 10, scalars[j] != ";" {
      name.unicodeScalars.append(scalars[j])
      j += 1
    }
    guard j < scalars.count, scalars[j] == ";", !name.isEmpty else { return nil }
    let length = j - start + 1
    if let scalar = named[name] { return (scalar, length) }
    if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16),
      let s = Unicode.Scalar(v)
    {
      return (s, length)
    }
    if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let s = Unicode.Scalar(v) { return (s, length) }
    return nil
  }
}
