import CCmarkGFM

/// The kinds of cmark-gfm node this reader knows, core and extension ones alike.
enum NodeKind: Equatable {
  case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
  case table, tableRow, tableCell
  case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, link, image
  case other

  init(_ node: OpaquePointer) {
    let type = cmark_node_get_type(node)
    switch type {
    case CMARK_NODE_DOCUMENT: self = .document
    case CMARK_NODE_BLOCK_QUOTE: self = .blockQuote
    case CMARK_NODE_LIST: self = .list
    case CMARK_NODE_ITEM: self = .item
    case CMARK_NODE_CODE_BLOCK: self = .codeBlock
    case CMARK_NODE_HTML_BLOCK: self = .htmlBlock
    case CMARK_NODE_PARAGRAPH: self = .paragraph
    case CMARK_NODE_HEADING: self = .heading
    case CMARK_NODE_THEMATIC_BREAK: self = .thematicBreak
    case CMARK_NODE_TEXT: self = .text
    case CMARK_NODE_SOFTBREAK: self = .softBreak
    case CMARK_NODE_LINEBREAK: self = .lineBreak
    case CMARK_NODE_CODE: self = .code
    case CMARK_NODE_HTML_INLINE: self = .htmlInline
    case CMARK_NODE_EMPH: self = .emphasis
    case CMARK_NODE_STRONG: self = .strong
    case CMARK_NODE_LINK: self = .link
    case CMARK_NODE_IMAGE: self = .image
    default:
      // Extension nodes are registered at run time; their type strings name them.
      let name = cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
      switch name {
      case "table": self = .table
      case "table_row", "table_header": self = .tableRow
      case "table_cell": self = .tableCell
      case "strikethrough": self = .strikethrough
      case "tasklist": self = .item
      case "custom_block", "footnote_definition": self = .blockQuote
      default: self = .other
      }
    }
  }

  /// Nodes without children: handled on enter only.
  var isLeaf: Bool {
    switch self {
    case .codeBlock, .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code, .htmlInline, .other: return true
    default: return false
    }
  }

  /// Containers that may be flattened into their parent when nesting is too deep.
  var isFlattenable: Bool {
    switch self {
    case .blockQuote, .list, .item, .emphasis, .strong, .strikethrough, .link, .image: return true
    default: return false
    }
  }
}
