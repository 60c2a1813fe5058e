/// What a node of the content store is. Block and inline kinds mirror `Block` and `Inline`;
/// attribute kinds carry a second string of their parent (a link's title, a code block's info
/// string, a table's column alignments) and are always its first children.
enum ContentKind: UInt8, Sendable {
  // Blocks.
  case paragraph, heading, list, item, blockQuote, codeBlock, htmlBlock, table, tableRow, tableCell, thematicBreak
  // Inlines.
  case text, softBreak, hardBreak, code, strong, emphasis, strikethrough, link, image, htmlInline
  // Attributes of their parent.
  case title, info, alignments

  var isAttribute: Bool { rawValue >= ContentKind.title.rawValue }
}

/// One node of the flat content store, 16 bytes. Nodes are stored in document order (a parent
/// before its children); `end` is the index one past the node's last descendant, so the next
/// sibling of node `i` is node `nodes[i].end` and a subtree is a contiguous range.
struct ContentNode: Sendable {
  var kind: ContentKind
  /// Heading level; list: `ListFlags`; item: 0 none, 1 open task, 2 done task.
  var flags: UInt8
  var end: UInt32
  /// Text nodes: the UTF-8 offset of their text in the store. Lists: the start number.
  var start: UInt32
  /// Text nodes: the UTF-8 length of their text. Lists: the marker character (`-`, `*`, `+`,
  /// `.` or `)`), used to join a list split across parse chunks.
  var length: UInt32
}

/// The bits of a list node's flags.
enum ListFlags {
  static let ordered: UInt8 = 1
  static let tight: UInt8 = 2
}
