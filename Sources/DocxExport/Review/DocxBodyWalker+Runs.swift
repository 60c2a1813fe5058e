import ExportKit

extension DocxBodyWalker {
  /// A run: its text, tabs and breaks, field characters, comment references, text boxes, and
  /// a formatting change recorded in its properties.
  mutating func run(_ element: WElement) {
    var format: Int?
    if let properties = element.child("rPr"), let change = properties.child("rPrChange") {
      format = runFormat(change, DocxFormatChange.run(old: change.child("rPr"), new: properties, styles: styles))
    }
    for child in element.children {
      let node = child.node
      guard isWordML(node) else {
        self.node(child)  // mc:AlternateContent and drawings around text boxes
        continue
      }
      if node.hasName("t") || node.hasName("delText") {
        emit(node.text, format: format)
      } else if node.hasName("tab") || node.hasName("ptab") {
        emit("\t", format: format)
      } else if node.hasName("br") || node.hasName("cr") {
        emit("\n", format: format)
      } else if node.hasName("noBreakHyphen") {
        emit("\u{2011}", format: format)
      } else if node.hasName("sym") {
        if let code = child.attribute("char").flatMap({ UInt32($0, radix: 16) }), let scalar = Unicode.Scalar(code) {
          emit(String(Character(scalar)), format: format)
        }
      } else if node.hasName("instrText") {
        if let last = fields.indices.last, !fields[last].inResult { fields[last].instruction += node.text }
      } else if node.hasName("fldChar") {
        fieldCharacter(child.attribute("fldCharType"))
      } else if node.hasName("commentReference") {
        commentReference(child.attribute("id"))
      } else if node.hasName("drawing") || node.hasName("pict") || node.hasName("object") {
        blocks(child)
      }
    }
  }

  /// Text met in the walk, counted where it belongs: the paragraph's text now, its text
  /// before the tracked changes, open comments' anchors, the open change, the format change.
  mutating func emit(_ text: String, format: Int? = nil) {
    guard let index = open.last, !text.isEmpty else { return }
    var hidden = false
    for field in fields {
      if !field.inResult { return }  // a field's instruction is not text
      if field.kind == .tableOfContents { openFacts[openFacts.count - 1].inTableOfContents = true }
      if field.kind != .hyperlink { hidden = true }
    }
    if tableOfContentsDepth > 0 { openFacts[openFacts.count - 1].inTableOfContents = true }
    let change = changes.last
    if change?.removes != true { paragraphs[index].text += text }
    if change == nil || change!.removes, !hidden { paragraphs[index].originalText += text }
    for item in openComments.values { items[item].item.anchor = (items[item].item.anchor ?? "") + text }
    let visible = text.contains { !$0.isWhitespace }
    if let change {
      if pendingBreak == change.item {
        if !items[change.item].item.text.isEmpty { items[change.item].item.text += "\n" }
        pendingBreak = nil
      }
      items[change.item].item.text += text
    } else if visible {
      textSinceChange = true
      pendingBreak = nil
    }
    if let format {
      items[format].item.anchor = (items[format].item.anchor ?? "") + text
    } else if visible {
      lastFormat = nil
    }
  }

  /// `w:fldChar`: a complex field begins, its result begins, it ends.
  mutating func fieldCharacter(_ type: String?) {
    switch type {
    case "begin":
      fields.append(Field())
    case "separate":
      guard let last = fields.indices.last else { return }
      fields[last].kind = Self.fieldKind(fields[last].instruction)
      fields[last].inResult = true
    case "end":
      _ = fields.popLast()
    default: break
    }
  }

  /// `w:fldSimple`: a field whose result is its content.
  mutating func simpleField(_ element: WElement) {
    fields.append(Field(kind: Self.fieldKind(element.attribute("instr") ?? ""), inResult: true))
    blocks(element)
    fields.removeLast()
  }

  static func fieldKind(_ instruction: String) -> Field.Kind {
    let word = instruction.split(whereSeparator: \.isWhitespace).first?.uppercased()
    switch word {
    case "TOC": return .tableOfContents
    case "HYPERLINK": return .hyperlink
    default: return .other
    }
  }

  /// A bookmark in a paragraph: prepexport's `_TocN` on a heading names the Nth topic.
  mutating func bookmark(_ name: String?) {
    guard let name, let index = open.last else { return }
    if name.hasPrefix("_Toc"), let n = Int(name.dropFirst(4)), n >= 1, n <= recordedTopicIDs.count,
      !recordedTopicIDs[n - 1].isEmpty
    {
      paragraphs[index].topicIDHints.append(recordedTopicIDs[n - 1])
    }
  }
}
