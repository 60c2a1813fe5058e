import ExportKit
import Foundation

extension DocxBodyWalker {
  /// Where an item found now starts: the open paragraph, else the next one.
  var currentParagraph: Int { open.last ?? paragraphs.count }

  /// `w:ins`, `w:del`, `w:moveFrom`, `w:moveTo` around runs. Word splits one insertion into
  /// many containers (one per run, per paragraph); consecutive ones by the same author with
  /// no untracked text between them are one item.
  mutating func tracked(_ element: WElement, _ kind: ActiveChange.Kind) {
    let author = element.attribute("author")
    let itemKind: FeedbackItem.Kind = kind == .insertion ? .insertion : kind == .deletion ? .deletion : .move
    let moveID = itemKind == .move ? moveName ?? "" : nil
    let item: Int
    if let last = lastChange, !textSinceChange, items[last].item.kind == itemKind, items[last].item.author == author,
      items[last].item.moveID == moveID, items[last].item.isMoveSource == (kind == .moveFrom)
    {
      item = last
    } else {
      items.append(
        (
          currentParagraph,
          FeedbackItem(
            kind: itemKind, author: author, date: element.attribute("date"), text: "", place: place, tracked: true,
            moveID: moveID, isMoveSource: kind == .moveFrom)
        ))
      item = items.count - 1
    }
    changes.append(ActiveChange(kind: kind, item: item))
    blocks(element)
    changes.removeLast()
    lastChange = item
    textSinceChange = false
  }

  /// A paragraph mark inserted or deleted (a paragraph split or joined, or a whole paragraph
  /// added or removed): part of the change around it, else a change of its own.
  mutating func paragraphMark(_ mark: (kind: FeedbackItem.Kind, author: String?, date: String?), at index: Int) {
    if let last = lastChange, !textSinceChange, items[last].item.kind == mark.kind,
      items[last].item.author == mark.author
    {
      pendingBreak = last
      return
    }
    items.append(
      (
        index,
        FeedbackItem(
          kind: mark.kind, author: mark.author, date: mark.date, text: "", place: place, tracked: true)
      ))
    lastChange = items.count - 1
    textSinceChange = false
    pendingBreak = lastChange
  }

  /// A run whose formatting changed: continues the previous run's item when the change is
  /// the same.
  mutating func runFormat(_ change: WElement, _ description: String) -> Int {
    let author = change.attribute("author")
    if let last = lastFormat, items[last].item.author == author, items[last].item.text == description { return last }
    items.append(
      (
        currentParagraph,
        FeedbackItem(
          kind: .format, author: author, date: change.attribute("date"), text: description, place: place,
          tracked: true)
      ))
    lastFormat = items.count - 1
    return items.count - 1
  }

  /// A formatting change of a table, row or cell.
  mutating func addFormat(_ change: WElement, _ description: String) {
    items.append(
      (
        currentParagraph,
        FeedbackItem(
          kind: .format, author: change.attribute("author"), date: change.attribute("date"), text: description,
          place: place, tracked: true)
      ))
  }

  /// Where a comment's anchored range begins (replies are shown under their parent).
  mutating func commentStart(_ id: String?) {
    guard let id, comments.byID[id] != nil, !comments.isReply(id) else { return }
    let item = commentItems[id] ?? addComment(id, at: currentParagraph)
    openComments[id] = item
  }

  /// A comment's reference mark: the comment's place when it has no range.
  mutating func commentReference(_ id: String?) {
    guard let id, comments.byID[id] != nil, !comments.isReply(id), commentItems[id] == nil else { return }
    _ = addComment(id, at: currentParagraph)
  }

  mutating func addComment(_ id: String, at paragraph: Int) -> Int {
    let comment = comments.byID[id]!
    var replies: [FeedbackReply] = []
    var queue = [id]
    var seen: Set<String> = [id]
    while !queue.isEmpty {
      let parent = queue.removeFirst()
      for reply in comments.replies(to: parent) where seen.insert(reply.id).inserted {
        replies.append(
          FeedbackReply(
            author: reply.author, initials: reply.initials, date: reply.date, text: reply.text, resolved: reply.done))
        queue.append(reply.id)
      }
    }
    items.append(
      (
        paragraph,
        FeedbackItem(
          kind: .comment, author: comment.author, initials: comment.initials, date: comment.date, text: comment.text,
          resolved: comment.done, replies: replies, place: place)
      ))
    commentItems[id] = items.count - 1
    return items.count - 1
  }

  /// The paragraphs with their items, and the items that belong to no paragraph: those of
  /// a header or footer, and comments never anchored in the body.
  mutating func finish(includeUnanchoredComments: Bool) -> (paragraphs: [ReviewParagraph], loose: [FeedbackItem]) {
    var unanchored: Set<Int> = []
    if includeUnanchoredComments {
      for id in comments.order where commentItems[id] == nil && !comments.isReply(id) {
        unanchored.insert(addComment(id, at: paragraphs.count))
      }
    }
    var loose: [FeedbackItem] = []
    for (index, entry) in items.enumerated() {
      var item = entry.item
      if let anchor = item.anchor { item.anchor = anchor.trimmingCharacters(in: .whitespacesAndNewlines) }
      // A change of a paragraph mark alone.
      if item.text.isEmpty && item.kind != .comment {
        item.text = "¶"
        item.detail = "paragraph break"
      }
      let paragraph = min(entry.paragraph, paragraphs.count - 1)
      if place == .body, !unanchored.contains(index), paragraph >= 0 {
        paragraphs[paragraph].items.append(item)
      } else {
        loose.append(item)
      }
    }
    return (paragraphs, loose)
  }
}
