import ExportKit

/// The comments of a reviewed DOCX: `word/comments.xml` (author, initials, date, text),
/// threaded and resolved by `word/commentsExtended.xml` (`w15:paraIdParent`, `w15:done`,
/// keyed by the `w14:paraId` of each comment's last paragraph), with the UTC dates newer
/// Word keeps in `commentsExtensible.xml` (reached through `commentsIds.xml`).
struct DocxComments {
  struct Comment {
    var id: String
    var author: String?
    var initials: String?
    var date: String?
    var text: String
    /// The `w14:paraId` of its last paragraph.
    var paraID: String?
    /// The id of the comment it replies to.
    var parent: String?
    var done = false
  }

  /// By id, and the ids in the order of comments.xml.
  private(set) var byID: [String: Comment] = [:]
  private(set) var order: [String] = []

  init() {}

  init(
    comments: SafeXMLDocument?, extended: SafeXMLDocument?, ids: SafeXMLDocument?, extensible: SafeXMLDocument?
  ) {
    guard let root = comments?.wordRoot else { return }
    for element in root.children where element.is("comment") {
      guard let id = element.attribute("id") else { continue }
      var lines: [String] = []
      var paraID: String?
      for paragraph in element.children where paragraph.is("p") {
        lines.append(Self.text(paragraph))
        paraID = paragraph.node.attribute("paraId", namespace: "http://schemas.microsoft.com/office/word/2010/wordml")
      }
      while let last = lines.last, last.isEmpty { lines.removeLast() }
      byID[id] = Comment(
        id: id, author: element.attribute("author"), initials: element.attribute("initials"),
        date: element.attribute("date"), text: lines.joined(separator: "\n"), paraID: paraID)
      order.append(id)
    }
    var idByParaID: [String: String] = [:]
    for (id, comment) in byID { if let p = comment.paraID { idByParaID[p] = id } }
    for entry in extended?.root?.children ?? [] {
      guard let paraID = entry.attribute("paraId", namespace: WordML.w15), let id = idByParaID[paraID] else { continue }
      byID[id]?.done = entry.attribute("done", namespace: WordML.w15) == "1"
      if let parent = entry.attribute("paraIdParent", namespace: WordML.w15), let parentID = idByParaID[parent],
        parentID != id
      {
        byID[id]?.parent = parentID
      }
    }
    // commentsIds: paraId → durableId; commentsExtensible: durableId → dateUtc.
    var utcByDurable: [String: String] = [:]
    for entry in extensible?.root?.children ?? [] {
      if let durable = entry.attribute("durableId", namespace: WordML.w16cex),
        let utc = entry.attribute("dateUtc", namespace: WordML.w16cex)
      {
        utcByDurable[durable] = utc
      }
    }
    for entry in ids?.root?.children ?? [] {
      if let paraID = entry.attribute("paraId", namespace: WordML.w16cid), let id = idByParaID[paraID],
        let durable = entry.attribute("durableId", namespace: WordML.w16cid), let utc = utcByDurable[durable]
      {
        byID[id]?.date = utc
      }
    }
  }

  /// Whether the comment answers another (it is shown under its parent, not on its own).
  func isReply(_ id: String) -> Bool { byID[id]?.parent != nil }

  /// The replies to a comment, in the order of comments.xml.
  func replies(to id: String) -> [Comment] {
    order.compactMap { byID[$0] }.filter { $0.parent == id }
  }

  /// A comment paragraph's text: its runs' text, inserted text included, deleted text not.
  static func text(_ paragraph: WElement) -> String {
    var out = ""
    func walk(_ element: WElement) {
      for child in element.children {
        if child.is("t") {
          out += child.node.text
        } else if child.is("tab") {
          out += "\t"
        } else if child.is("br") {
          out += "\n"
        } else if child.is("del") || child.is("delText") || child.is("instrText") {
          continue
        } else {
          walk(child)
        }
      }
    }
    walk(paragraph)
    return out
  }
}
