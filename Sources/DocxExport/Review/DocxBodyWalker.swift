import ExportKit

/// Walks a part of a reviewed DOCX (`word/document.xml`, a header or footer) in document
/// order and reports each paragraph (its role, its text now and before the tracked changes,
/// its list number and table) with the comments and changes that start in it. Split by
/// concern: paragraphs and tables here, runs and fields in `+Runs`, tracked changes and
/// comments in `+Marks`.
struct DocxBodyWalker {
  let styles: DocxStyleSheet
  var lists: DocxListCounter
  let comments: DocxComments
  /// The recorded topic ids, for the `_TocN` bookmarks prepexport puts on its headings.
  let recordedTopicIDs: [String]
  let place: FeedbackItem.Place

  /// The paragraphs found, in document order.
  var paragraphs: [ReviewParagraph] = []
  /// Every item found, with the paragraph it starts in (items before any paragraph start in
  /// the next one).
  var items: [(paragraph: Int, item: FeedbackItem)] = []

  // The paragraphs being read (a text box's paragraphs sit inside another paragraph).
  var open: [Int] = []
  var openFacts: [ParagraphFacts] = []
  // Tracked-change containers around the current run, innermost last.
  var changes: [ActiveChange] = []
  // Complex fields (`w:fldChar`) and simple ones, innermost last.
  var fields: [Field] = []
  var tableOfContentsDepth = 0
  var tableDepth = 0
  var topLevelTables = 0
  /// The question whose list item the walk is in.
  var question: Int?
  /// Comments whose range is open: id → item index.
  var openComments: [String: Int] = [:]
  var commentItems: [String: Int] = [:]
  /// The last change item and whether untracked text came after it (then a new change is a
  /// new item; else it continues the same one, as Word splits one insertion into many runs).
  var lastChange: Int?
  var textSinceChange = false
  var pendingBreak: Int?
  /// The last format-change item, continued by the next run with the same change.
  var lastFormat: Int?
  /// The declaration of the WordprocessingML namespace last seen (see `isWordML`).
  var wordNamespace: UnsafeRawPointer?
  /// The name of the move range being read (`w:moveFromRangeStart`, `w:moveToRangeStart`).
  var moveName: String?

  init(
    styles: DocxStyleSheet, lists: DocxListCounter, comments: DocxComments, recordedTopicIDs: [String],
    place: FeedbackItem.Place
  ) {
    self.styles = styles
    self.lists = lists
    self.comments = comments
    self.recordedTopicIDs = recordedTopicIDs
    self.place = place
  }

  /// What is known of a paragraph while it is read.
  struct ParagraphFacts {
    var styleID: String?
    var outlineLevel: Int?
    var numbering: (id: String, level: Int)?
    var indented = false
    var inTableOfContents = false
    var markChange: (kind: FeedbackItem.Kind, author: String?, date: String?)?
    var formatChange: (author: String?, date: String?, description: String)?
  }

  struct ActiveChange {
    var kind: Kind
    var item: Int
    enum Kind { case insertion, deletion, moveFrom, moveTo }
    /// Whether the text is gone now (deleted, moved away).
    var removes: Bool { kind == .deletion || kind == .moveFrom }
  }

  struct Field {
    enum Kind { case tableOfContents, hyperlink, other }
    var kind: Kind = .other
    var instruction = ""
    var inResult = false
  }

  // MARK: Walking

  /// Walks the children of a body, cell, text box or any other container.
  mutating func blocks(_ container: WElement) {
    for child in container.children { node(child) }
  }

  /// One element, whatever it is: paragraphs and tables, runs and the marks around them.
  mutating func node(_ element: WElement) {
    let node = element.node
    if node.isIn(WordML.markupCompatibility) {
      // mc:AlternateContent: the first choice only; the fallback repeats the same text.
      if node.hasName("AlternateContent"), let choice = node.elements.first(where: { $0.hasName("Choice") }) {
        blocks(WElement(node: choice, strict: element.strict))
      }
      return
    }
    guard isWordML(node) else {
      blocks(element)  // DrawingML and VML around text boxes
      return
    }
    if node.hasName("r") {
      run(element)
    } else if node.hasName("p") {
      paragraph(element)
    } else if node.hasName("tbl") {
      table(element)
    } else if node.hasName("sdt") {
      structuredTag(element)
    } else if node.hasName("ins") {
      tracked(element, .insertion)
    } else if node.hasName("del") {
      tracked(element, .deletion)
    } else if node.hasName("moveFrom") {
      tracked(element, .moveFrom)
    } else if node.hasName("moveTo") {
      tracked(element, .moveTo)
    } else if node.hasName("commentRangeStart") {
      commentStart(element.attribute("id"))
    } else if node.hasName("commentRangeEnd") {
      if let id = element.attribute("id") { openComments[id] = nil }
    } else if node.hasName("bookmarkStart") {
      bookmark(element.attribute("name"))
    } else if node.hasName("moveFromRangeStart") || node.hasName("moveToRangeStart") {
      moveName = element.attribute("name")
    } else if node.hasName("fldSimple") {
      simpleField(element)
    } else if node.hasName("tcPr") || node.hasName("trPr") {
      if let change = element.child("tcPrChange") ?? element.child("trPrChange") {
        addFormat(change, "table formatting changed")
      }
    } else if Self.skipped.contains(where: { node.hasName($0) }) {
      return
    } else {
      blocks(element)  // hyperlinks, smart tags, custom XML, cells, rows, text boxes
    }
  }

  /// Whether an element is WordprocessingML: compared by namespace declaration first (a
  /// part declares it once, on its root), by URI when that differs.
  mutating func isWordML(_ node: SafeXMLNode) -> Bool {
    let identity = node.namespaceIdentity
    if identity != nil && identity == wordNamespace { return true }
    guard node.isIn(WordML.transitional) || node.isIn(WordML.strict) else { return false }
    wordNamespace = identity
    return true
  }

  /// Elements that hold no text of the document (properties, range ends, notes' marks).
  static let skipped: [StaticString] = [
    "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "sdtPr", "sdtEndPr", "bookmarkEnd", "moveFromRangeEnd",
    "moveToRangeEnd", "proofErr", "permStart", "permEnd", "customXmlPr", "smartTagPr",
  ]

  mutating func table(_ element: WElement) {
    tableDepth += 1
    if tableDepth == 1 {
      topLevelTables += 1
      // A table at the margin ends the list item it follows (answer boxes come after lists).
      if element.child("tblPr")?.child("tblInd") == nil { question = nil }
    }
    if let change = element.child("tblPr")?.child("tblPrChange") { addFormat(change, "table formatting changed") }
    for child in element.children where !child.is("tblPr") { node(child) }
    tableDepth -= 1
  }

  mutating func structuredTag(_ element: WElement) {
    let gallery = element.child("sdtPr")?.child("docPartObj")?.value(of: "docPartGallery") ?? ""
    let isContents = gallery.lowercased().contains("table of contents")
    if isContents { tableOfContentsDepth += 1 }
    if let content = element.child("sdtContent") { blocks(content) }
    if isContents { tableOfContentsDepth -= 1 }
  }

  // MARK: Paragraphs

  mutating func paragraph(_ element: WElement) {
    let index = paragraphs.count
    paragraphs.append(ReviewParagraph())
    open.append(index)
    var facts = ParagraphFacts()
    facts.inTableOfContents = tableOfContentsDepth > 0 || fields.contains { $0.kind == .tableOfContents && $0.inResult }
    let properties = element.child("pPr")
    if let properties { readProperties(properties, into: &facts) }
    let heading = headingLevel(facts)
    numbering(facts: facts, isHeading: heading != nil)
    paragraphs[index].listNumber = question
    paragraphs[index].box = tableDepth > 0 ? topLevelTables : nil
    openFacts.append(facts)
    blocks(element)
    facts = openFacts.removeLast()
    open.removeLast()
    // A comment's range going on into the next paragraph: its anchor does too, on a new line.
    for item in openComments.values where items[item].item.anchor?.isEmpty == false {
      items[item].item.anchor! += "\n"
    }

    let name = styles.name(facts.styleID) ?? ""
    if facts.inTableOfContents || Self.isContentsStyle(name) {
      paragraphs[index].role = .tableOfContents
    } else if let heading = headingLevel(facts) {
      paragraphs[index].role = .heading(heading)
    } else if name == "mentor notes" {
      paragraphs[index].role = .mentorNotes
    } else if name == "answer caption" {
      paragraphs[index].role = .answerCaption
    }
    if let change = facts.formatChange {
      items.append(
        (
          index,
          FeedbackItem(
            kind: .format, author: change.author, date: change.date, text: change.description,
            anchor: paragraphs[index].text, place: place, tracked: true)
        ))
    }
    if let mark = facts.markChange { paragraphMark(mark, at: index) }
  }

  /// The paragraph's properties, read in one pass: style, outline level, list, indent, the
  /// change of its mark and of its properties.
  mutating func readProperties(_ properties: WElement, into facts: inout ParagraphFacts) {
    for child in properties.children {
      let node = child.node
      if node.hasName("pStyle") {
        facts.styleID = child.attribute("val")
      } else if node.hasName("numPr") {
        facts.numbering = (
          child.value(of: "numId") ?? "0", child.value(of: "ilvl").flatMap { Int($0) } ?? 0
        )
      } else if node.hasName("outlineLvl") {
        facts.outlineLevel = child.attribute("val").flatMap { Int($0) }
      } else if node.hasName("ind") {
        facts.indented =
          (child.attribute("left") ?? child.attribute("start")).flatMap { Int($0) }.map { $0 > 0 } ?? false
      } else if node.hasName("rPr") {
        for mark in child.children {
          if mark.node.hasName("ins") {
            facts.markChange = (.insertion, mark.attribute("author"), mark.attribute("date"))
          } else if mark.node.hasName("del") {
            facts.markChange = (.deletion, mark.attribute("author"), mark.attribute("date"))
          }
        }
      } else if node.hasName("pPrChange") {
        facts.formatChange = (
          child.attribute("author"), child.attribute("date"),
          DocxFormatChange.paragraph(old: child.child("pPr"), new: properties, styles: styles)
        )
      }
    }
  }

  /// The heading level of the paragraph: its own outline level, else its style's (by name
  /// or outline level). Level 10 (`w:outlineLvl` 9) is body text.
  func headingLevel(_ facts: ParagraphFacts) -> Int? {
    if let outline = facts.outlineLevel { return (0...8).contains(outline) ? outline + 1 : nil }
    return styles.headingLevel(facts.styleID)
  }

  /// Table-of-contents styles: Word's "toc 1"…, "TOC Heading"; LibreOffice's "Contents 1"….
  static func isContentsStyle(_ name: String) -> Bool {
    name == "toc heading" || name == "contents heading" || name.hasPrefix("toc ") || name.hasPrefix("contents ")
  }

  /// Counts a list paragraph and keeps track of the question whose item the walk is in: a
  /// top-level numbered item opens one; its nested items and indented paragraphs stay in
  /// it; a heading or a paragraph at the margin ends it.
  mutating func numbering(facts: ParagraphFacts, isHeading: Bool) {
    if let (numID, level) = facts.numbering ?? styles.numbering(facts.styleID), numID != "0" {
      let number = lists.count(numID: numID, level: level)
      if level == 0 {
        question = number
        paragraphs[paragraphs.count - 1].startsListItem = true
      }
      return
    }
    guard tableDepth == 0 else { return }
    if isHeading {
      question = nil
      return
    }
    if !facts.indented && !(styles.name(facts.styleID) ?? "").hasPrefix("list") { question = nil }
  }
}
