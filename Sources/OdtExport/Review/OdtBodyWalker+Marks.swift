import ExportKit

extension OdtBodyWalker {
  /// Where an item found now starts: the open paragraph, else the next one.
  var currentParagraph: Int { open.last ?? paragraphs.count }

  /// Change marks and annotations.
  mutating func mark(_ element: SafeXMLNode) {
    if element.isIn(ODF.office) {
      if element.hasName("annotation") {
        annotation(element)
      } else if let name = element.attribute("name", namespace: OdtStyleSheet.officeNS) {
        openComments[name] = nil
      }
      return
    }
    guard let id = element.attribute("change-id", namespace: OdtStyleSheet.textNS),
      let region = changes.regions[id]
    else { return }
    if element.hasName("change") {
      // A point mark: where a deletion was.
      guard region.kind == .deletion else { return }
      if let index = open.last, fieldDepth == 0 { paragraphs[index].originalText += region.deletedText }
      let item = changeItem(region)
      if !items[item].item.text.isEmpty && !region.deletedText.isEmpty { items[item].item.text += "\n" }
      items[item].item.text += region.deletedText
      lastChange = item
      textSinceChange = false
    } else if element.hasName("change-start") {
      if region.kind == .format {
        items.append(
          (
            currentParagraph,
            FeedbackItem(
              kind: .format, author: region.author, date: region.date, text: "formatting changed", place: place,
              tracked: true)
          ))
        activeChanges.append((id, items.count - 1, .format))
      } else {
        activeChanges.append((id, changeItem(region), region.kind))
      }
    } else if let position = activeChanges.lastIndex(where: { $0.id == id }) {
      let change = activeChanges.remove(at: position)
      if change.kind == .format {
        if let detail = items[change.item].item.detail {
          items[change.item].item.text = "formatting changed (now \(detail))"
          items[change.item].item.detail = nil
        }
      } else {
        lastChange = change.item
        textSinceChange = false
      }
    }
  }

  /// The item of an insertion or deletion: the previous one when it is by the same author,
  /// of the same kind, with no untracked text since (LibreOffice splits one edit at every
  /// paragraph and format boundary).
  mutating func changeItem(_ region: OdtTrackedChanges.Region) -> Int {
    if let last = lastChange, !textSinceChange, items[last].item.kind == region.kind,
      items[last].item.author == region.author
    {
      return last
    }
    items.append(
      (
        currentParagraph,
        FeedbackItem(
          kind: region.kind, author: region.author, date: region.date, text: "", place: place, tracked: true)
      ))
    return items.count - 1
  }

  /// `office:annotation`: a comment, its range open until the `office:annotation-end` of the
  /// same name; a reply (LibreOffice's `loext:parent-name`) goes under its parent.
  mutating func annotation(_ element: SafeXMLNode) {
    let author = element.child("creator", in: ODF.dc)?.text
    let date = element.child("date", in: ODF.dc)?.text
    let initials = element.child("creator-initials", in: ODF.meta)?.text
    var lines = OdtTrackedChanges.paragraphs(element)
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    let text = lines.joined(separator: "\n")
    let resolved = element.attribute("resolved", namespace: ODF.loext) == "true"
    let name = element.attribute("name", namespace: OdtStyleSheet.officeNS)
    if let parent = element.attribute("parent-name", namespace: ODF.loext) {
      let reply = FeedbackReply(author: author, initials: initials, date: date, text: text, resolved: resolved)
      if let item = namedComments[parent] {
        items[item].item.replies.append(reply)
        if let name { namedComments[name] = item }
      } else {
        orphanReplies.append((parent, reply))
      }
      return
    }
    items.append(
      (
        currentParagraph,
        FeedbackItem(
          kind: .comment, author: author, initials: initials, date: date, text: text, resolved: resolved,
          place: place)
      ))
    if let name {
      namedComments[name] = items.count - 1
      openComments[name] = items.count - 1
    }
  }

  /// The paragraphs with their items, and the items of a header or footer.
  mutating func finish() -> (paragraphs: [ReviewParagraph], loose: [FeedbackItem]) {
    for (parent, reply) in orphanReplies {
      if let item = namedComments[parent] {
        items[item].item.replies.append(reply)
      } else {
        items.append(
          (
            paragraphs.count,
            FeedbackItem(
              kind: .comment, author: reply.author, initials: reply.initials, date: reply.date, text: reply.text,
              resolved: reply.resolved, place: place)
          ))
      }
    }
    var loose: [FeedbackItem] = []
    for entry in items {
      var item = entry.item
      if let anchor = item.anchor { item.anchor = anchor.trimmingWhiteSpace }
      if item.text.isEmpty && item.kind != .comment {
        item.text = "¶"
        item.detail = "paragraph break"
      }
      let paragraph = min(entry.paragraph, paragraphs.count - 1)
      if place == .body, paragraph >= 0 {
        paragraphs[paragraph].items.append(item)
      } else {
        loose.append(item)
      }
    }
    return (paragraphs, loose)
  }
}

extension String {
  var trimmingWhiteSpace: String {
    var s = Substring(self)
    while let first = s.first, first.isWhitespace { s.removeFirst() }
    while let last = s.last, last.isWhitespace { s.removeLast() }
    return String(s)
  }
}
