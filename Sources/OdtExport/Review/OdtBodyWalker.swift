import ExportKit

/// Walks the body of a reviewed ODT (`office:text`, or a header or footer of a master page)
/// in document order and reports each paragraph (its role, its text now and before the
/// tracked changes, its question and table) with the comments and changes that start in it.
/// Split by concern: blocks and lists here, inline content in `+Inline`, changes and
/// annotations in `+Marks`.
struct OdtBodyWalker {
  let styles: OdtStyleSheet
  let changes: OdtTrackedChanges
  /// The recorded topic ids, for a file converted from prepexport's DOCX (`_TocN` bookmarks).
  let recordedTopicIDs: [String]
  let place: FeedbackItem.Place

  var paragraphs: [ReviewParagraph] = []
  var items: [(paragraph: Int, item: FeedbackItem)] = []

  var open: [Int] = []
  /// Per open paragraph: whether it held table-of-contents text.
  var openInContents: [Bool] = []
  var contentsDepth = 0
  var contentsFieldMarks: [Bool] = []
  var fieldDepth = 0
  var tableDepth = 0
  var topLevelTables = 0
  var question: Int?
  /// Whether the next paragraph is the first of a top-level list item.
  var startsItem = false
  /// Top-level list counters by `xml:id`, and the last list's, for lists that continue one.
  var listCounters: [String: Int] = [:]
  var lastListCounter = 0
  /// Changes open between `text:change-start` and `text:change-end`: region id → item.
  var activeChanges: [(id: String, item: Int, kind: FeedbackItem.Kind)] = []
  var lastChange: Int?
  var textSinceChange = false
  var pendingBreak: Int?
  /// Formatting of the spans around the current text (for describing format changes).
  var spanFormatting: [String] = []
  /// Annotations whose range is open: `office:name` → item; every named annotation's item.
  var openComments: [String: Int] = [:]
  var namedComments: [String: Int] = [:]
  var orphanReplies: [(parent: String, reply: FeedbackReply)] = []

  init(styles: OdtStyleSheet, changes: OdtTrackedChanges, recordedTopicIDs: [String], place: FeedbackItem.Place) {
    self.styles = styles
    self.changes = changes
    self.recordedTopicIDs = recordedTopicIDs
    self.place = place
  }

  // MARK: Blocks

  mutating func blocks(_ container: SafeXMLNode) {
    for child in container.elements { block(child) }
  }

  mutating func block(_ element: SafeXMLNode) {
    if element.isIn(ODF.text) {
      if element.hasName("p") {
        paragraph(element, outlineLevel: nil)
      } else if element.hasName("h") {
        let level = element.attribute("outline-level", namespace: OdtStyleSheet.textNS).flatMap { Int($0) }
        paragraph(element, outlineLevel: level ?? 1)
      } else if element.hasName("list") {
        list(element, depth: 0, style: nil)
      } else if Self.indexes.contains(where: { element.hasName($0) }) {
        // A table of contents or another index: its body only (its source holds templates).
        contentsDepth += 1
        if let body = element.child("index-body", in: ODF.text) { blocks(body) }
        contentsDepth -= 1
      } else if element.hasName("change") || element.hasName("change-start") || element.hasName("change-end") {
        mark(element)
      } else if Self.skipped.contains(where: { element.hasName($0) }) {
        return
      } else {
        blocks(element)  // sections, numbered paragraphs, index titles
      }
    } else if element.is("table", in: ODF.table) {
      table(element)
    } else if element.isIn(ODF.office) {
      if element.hasName("annotation") || element.hasName("annotation-end") { mark(element) }
    } else {
      blocks(element)  // frames and text boxes
    }
  }

  static let indexes: [StaticString] = [
    "table-of-content", "illustration-index", "table-index", "object-index", "user-index", "alphabetical-index",
    "bibliography",
  ]
  static let skipped: [StaticString] = [
    "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls", "dde-connection-decls",
    "soft-page-break", "alphabetical-index-auto-mark-file",
  ]

  mutating func table(_ element: SafeXMLNode) {
    tableDepth += 1
    if tableDepth == 1 {
      topLevelTables += 1
      question = nil
    }
    blocks(element)
    tableDepth -= 1
  }

  // MARK: Lists

  /// A list: the top level's items are counted (start values, lists that continue another),
  /// and a numbered item opens its question until the next item or the list's end.
  mutating func list(_ element: SafeXMLNode, depth: Int, style inherited: String?) {
    let style = element.attribute("style-name", namespace: OdtStyleSheet.textNS) ?? inherited
    let format = styles.list(style)
    var counter = format.start - 1
    if depth == 0 {
      if let continued = element.attribute("continue-list", namespace: OdtStyleSheet.textNS),
        let last = listCounters[continued]
      {
        counter = last
      } else if element.attribute("continue-numbering", namespace: OdtStyleSheet.textNS) == "true" {
        counter = lastListCounter
      }
    }
    for item in element.elements {
      let isItem = item.is("list-item", in: ODF.text)
      guard isItem || item.is("list-header", in: ODF.text) else { continue }
      if depth == 0 {
        if isItem {
          if let start = item.attribute("start-value", namespace: OdtStyleSheet.textNS).flatMap({ Int($0) }) {
            counter = start - 1
          }
          counter += 1
          question = format.numbered ? counter : nil
        } else {
          question = nil
        }
      }
      var first = depth == 0
      for child in item.elements {
        if first && (child.is("p", in: ODF.text) || child.is("h", in: ODF.text)) {
          startsItem = true
          first = false
        }
        if child.is("list", in: ODF.text) {
          list(child, depth: depth + 1, style: style)
        } else {
          block(child)
        }
      }
    }
    if depth == 0 {
      if let id = element.attribute("id", namespace: "http://www.w3.org/XML/1998/namespace") {
        listCounters[id] = counter
      }
      lastListCounter = counter
      question = nil
    }
  }

  // MARK: Paragraphs

  mutating func paragraph(_ element: SafeXMLNode, outlineLevel: Int?) {
    let index = paragraphs.count
    paragraphs.append(
      ReviewParagraph(listNumber: question, startsListItem: startsItem, box: tableDepth > 0 ? topLevelTables : nil))
    startsItem = false
    open.append(index)
    openInContents.append(contentsDepth > 0 || contentsFieldMarks.contains(true))
    inline(element)
    open.removeLast()
    let inContents = openInContents.removeLast()
    // An annotation's range going on into the next paragraph: its anchor does too.
    for item in openComments.values where items[item].item.anchor?.isEmpty == false {
      items[item].item.anchor! += "\n"
    }

    let style = element.attribute("style-name", namespace: OdtStyleSheet.textNS)
    let name = styles.name(style) ?? ""
    if inContents || name == "contents heading" || name.hasPrefix("contents ") {
      paragraphs[index].role = .tableOfContents
    } else if let level = outlineLevel ?? styles.headingLevel(style) {
      paragraphs[index].role = .heading(level)
    } else if name == "mentor notes" {
      paragraphs[index].role = .mentorNotes
    } else if name == "answer caption" {
      paragraphs[index].role = .answerCaption
    }
    // A change still open at the paragraph's end goes on into the next paragraph.
    if let change = activeChanges.last, change.kind == .insertion { pendingBreak = change.item }
  }
}
