import ExportKit

extension BodyWriter {
  /// Writes text, keeping its white space as ODF requires: a space that would be collapsed
  /// (at the start of a paragraph or after another space) becomes `text:s`, a tab `text:tab`,
  /// a line feed `text:line-break`. Scans bytes; text without such spaces is written whole.
  mutating func text(_ s: String) {
    let utf8 = s.utf8
    var segmentStart = utf8.startIndex
    var index = utf8.startIndex
    let end = utf8.endIndex
    while index != end {
      let byte = utf8[index]
      if byte > 0x20 {
        spaceWouldCollapse = false
        index = utf8.index(after: index)
        continue
      }
      switch byte {
      case 0x20:
        if !spaceWouldCollapse {
          spaceWouldCollapse = true
          index = utf8.index(after: index)
          continue
        }
        flush(s, segmentStart, index)
        var count = 0
        while index != end && utf8[index] == 0x20 {
          count += 1
          index = utf8.index(after: index)
        }
        xml.raw(count == 1 ? "<text:s/>" : "<text:s text:c=\"\(count)\"/>")
      case 0x09:
        flush(s, segmentStart, index)
        xml.raw("<text:tab/>")
        spaceWouldCollapse = true
        index = utf8.index(after: index)
      case 0x0A, 0x0D:
        flush(s, segmentStart, index)
        let next = utf8.index(after: index)
        // CR LF is one break.
        if byte == 0x0D, next != end, utf8[next] == 0x0A {
          index = next
        }
        xml.raw("<text:line-break/>")
        spaceWouldCollapse = true
        index = utf8.index(after: index)
      default:
        // Other controls are left out by the XML writer.
        index = utf8.index(after: index)
        continue
      }
      segmentStart = index
    }
    fingerprint.add(s)
    if segmentStart == utf8.startIndex {
      xml.text(s)
    } else {
      flush(s, segmentStart, end)
    }
  }

  private mutating func flush(_ s: String, _ start: String.Index, _ end: String.Index) {
    guard start < end else { return }
    xml.text(String(s[start..<end]))
  }
}
