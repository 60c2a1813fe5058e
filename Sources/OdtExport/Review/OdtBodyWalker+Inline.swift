import ExportKit

extension OdtBodyWalker {
  /// Paragraph content: text, spaces, spans and links, bookmarks, fields, notes, change
  /// marks, annotations, and frames whose text boxes hold paragraphs of their own.
  mutating func inline(_ element: SafeXMLNode) {
    var node = element.firstChild
    while let current = node {
      node = current.nextSibling
      if current.isText {
        emit(current.characters)
        continue
      }
      guard current.isElement else { continue }
      if current.isIn(ODF.text) {
        textElement(current)
      } else if current.isIn(ODF.office) {
        if current.hasName("annotation") || current.hasName("annotation-end") { mark(current) }
      } else if current.isIn(ODF.field) {
        fieldMark(current)
      } else {
        inlineOrBlocks(current)  // frames, text boxes, drawings
      }
    }
  }

  private mutating func textElement(_ element: SafeXMLNode) {
    if element.hasName("s") {
      emit(" ")
    } else if element.hasName("tab") {
      emit("\t")
    } else if element.hasName("line-break") {
      emit("\n")
    } else if element.hasName("span") {
      let style = element.attribute("style-name", namespace: OdtStyleSheet.textNS)
      spanFormatting.append(style.flatMap { styles.textFormatting[$0] } ?? "")
      inline(element)
      spanFormatting.removeLast()
    } else if element.hasName("bookmark") || element.hasName("bookmark-start") {
      bookmark(element.attribute("name", namespace: OdtStyleSheet.textNS))
    } else if element.hasName("change") || element.hasName("change-start") || element.hasName("change-end") {
      mark(element)
    } else if element.hasName("p") || element.hasName("h") || element.hasName("list") {
      block(element)  // inside a text box
    } else if Self.skippedInline.contains(where: { element.hasName($0) }) {
      return
    } else if Self.fields.contains(where: { element.hasName($0) }) {
      // A field's result is shown but is not the user's text.
      fieldDepth += 1
      inline(element)
      fieldDepth -= 1
    } else {
      inline(element)  // links, meta, ruby bases, hidden text, sequences of spans
    }
  }

  /// Elements holding no text of the paragraph: notes (their own text), list labels, ruby
  /// readings, bookmark and reference ends, soft page breaks.
  static let skippedInline: [StaticString] = [
    "note", "number", "ruby-text", "bookmark-end", "reference-mark-end", "soft-page-break", "toc-mark-end",
    "alphabetical-index-mark-end", "user-index-mark-end",
  ]

  /// Fields: their content is a computed result.
  static let fields: [StaticString] = [
    "page-number", "page-count", "page-continuation", "date", "time", "chapter", "sequence", "sequence-ref",
    "bookmark-ref", "reference-ref", "note-ref", "variable-get", "variable-set", "variable-input", "user-field-get",
    "user-field-input", "expression", "text-input", "file-name", "template-name", "title", "subject", "author-name",
    "author-initials", "sender-firstname", "creator", "creation-date", "creation-time", "modification-date",
    "modification-time", "word-count", "character-count", "paragraph-count", "page-variable-get", "database-display",
    "hidden-paragraph", "placeholder",
  ]

  private mutating func inlineOrBlocks(_ element: SafeXMLNode) {
    for child in element.elements {
      if child.is("p", in: ODF.text) || child.is("h", in: ODF.text) || child.is("list", in: ODF.text)
        || child.is("table", in: ODF.table)
      {
        block(child)
      } else {
        inlineOrBlocks(child)
      }
    }
  }

  /// LibreOffice's field marks (a Word field kept on conversion): a table of contents hides
  /// the paragraphs it spans.
  private mutating func fieldMark(_ element: SafeXMLNode) {
    if element.hasName("fieldmark-start") {
      let code =
        element.elements.first {
          $0.hasName("param") && $0.attribute("name", namespace: Self.fieldNS)?.hasSuffix(".code") == true
        }?
        .attribute("value", namespace: Self.fieldNS) ?? ""
      let isContents = code.split(whereSeparator: \.isWhitespace).first?.uppercased() == "TOC"
      contentsFieldMarks.append(isContents)
      if isContents, !openInContents.isEmpty { openInContents[openInContents.count - 1] = true }
    } else if element.hasName("fieldmark-end") {
      _ = contentsFieldMarks.popLast()
    }
  }

  static let fieldNS = "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0"

  /// Text met in the walk: the paragraph's text now and before the tracked changes, open
  /// annotations' anchors, the open insertion or format change.
  mutating func emit(_ text: String) {
    guard let index = open.last, !text.isEmpty else { return }
    if contentsDepth > 0 || contentsFieldMarks.contains(true) { openInContents[openInContents.count - 1] = true }
    paragraphs[index].text += text
    let inserted = activeChanges.contains { $0.kind == .insertion }
    if !inserted && fieldDepth == 0 { paragraphs[index].originalText += text }
    for item in openComments.values { items[item].item.anchor = (items[item].item.anchor ?? "") + text }
    let visible = text.contains { !$0.isWhitespace }
    var inChange = false
    for change in activeChanges {
      switch change.kind {
      case .insertion:
        inChange = true
        if pendingBreak == change.item {
          if !items[change.item].item.text.isEmpty { items[change.item].item.text += "\n" }
          pendingBreak = nil
        }
        items[change.item].item.text += text
      case .format:
        items[change.item].item.anchor = (items[change.item].item.anchor ?? "") + text
        if let formatting = spanFormatting.last(where: { !$0.isEmpty }), items[change.item].item.detail == nil {
          items[change.item].item.detail = formatting
        }
      default: break
      }
    }
    if !inChange && visible {
      textSinceChange = true
      pendingBreak = nil
    }
  }

  /// A bookmark: prepexport names its ODT headings' bookmarks after the topic ids, and its
  /// DOCX headings' `_TocN` (kept when LibreOffice converts one to the other).
  mutating func bookmark(_ name: String?) {
    guard let name, let index = open.last else { return }
    if name.hasPrefix("_Toc"), let n = Int(name.dropFirst(4)), n >= 1, n <= recordedTopicIDs.count {
      paragraphs[index].topicIDHints.append(recordedTopicIDs[n - 1])
    }
    paragraphs[index].topicIDHints.append(name)
  }
}
