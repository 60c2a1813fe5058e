import ExportKit

/// `text:tracked-changes`: each changed region by id, with its kind, who and when, and for a
/// deletion the text it removed (the body keeps only a `text:change` mark where it was).
struct OdtTrackedChanges {
  struct Region {
    var kind: FeedbackItem.Kind
    var author: String?
    var date: String?
    /// A deletion's text, paragraphs joined by line breaks.
    var deletedText = ""
  }

  private(set) var regions: [String: Region] = [:]

  init(_ roots: [SafeXMLNode]) {
    for root in roots {
      for region in root.elements where region.is("changed-region", in: ODF.text) {
        guard let id = region.attribute("id", namespace: OdtStyleSheet.textNS) ?? region.attribute("id") else {
          continue
        }
        for change in region.elements {
          let kind: FeedbackItem.Kind
          if change.is("insertion", in: ODF.text) {
            kind = .insertion
          } else if change.is("deletion", in: ODF.text) {
            kind = .deletion
          } else if change.is("format-change", in: ODF.text) {
            kind = .format
          } else {
            continue
          }
          let info = change.child("change-info", in: ODF.office)
          var entry = Region(
            kind: kind, author: info?.child("creator", in: ODF.dc)?.text, date: info?.child("date", in: ODF.dc)?.text)
          if kind == .deletion {
            // LibreOffice keeps the empty paragraph a deletion ended with.
            var lines = Self.paragraphs(change)
            while let last = lines.last, last.allSatisfy(\.isWhitespace), lines.count > 1 { lines.removeLast() }
            entry.deletedText = lines.joined(separator: "\n")
          }
          regions[id] = entry
        }
      }
    }
  }

  /// The text of the paragraphs and headings in a deletion (lists and tables included).
  static func paragraphs(_ element: SafeXMLNode) -> [String] {
    var out: [String] = []
    for child in element.elements {
      if child.is("p", in: ODF.text) || child.is("h", in: ODF.text) {
        out.append(OdtInlineText.plain(child))
      } else if !child.is("change-info", in: ODF.office) {
        out += paragraphs(child)
      }
    }
    return out
  }
}

/// The plain text of inline ODF content (annotations, deleted paragraphs): spans and links
/// followed, `text:s`, tabs and line breaks as white space, notes and annotations left out.
enum OdtInlineText {
  static func plain(_ element: SafeXMLNode) -> String {
    var out = ""
    var node = element.firstChild
    while let current = node {
      if current.isText {
        out += current.characters
      } else if current.isElement && current.isIn(ODF.text) {
        if current.hasName("s") {
          let count = current.attribute("c", namespace: OdtStyleSheet.textNS).flatMap { Int($0) } ?? 1
          out += String(repeating: " ", count: max(1, min(count, 1_000)))
        } else if current.hasName("tab") {
          out += "\t"
        } else if current.hasName("line-break") {
          out += "\n"
        } else if !current.hasName("note") && !current.hasName("number") {
          out += plain(current)
        }
      } else if current.isElement && !current.isIn(ODF.office) {
        out += plain(current)
      }
      node = current.nextSibling
    }
    return out
  }
}
