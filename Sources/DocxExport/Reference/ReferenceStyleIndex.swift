import ExportKit
import Foundation

/// The styles of a styles part by id, and by type and name (names are what Word keeps the
/// same across languages: a Chinese Word calls heading 1 "1" by id but "heading 1" by name).
struct ReferenceStyleIndex {
  struct Entry {
    var id: String
    var type: String
    var name: String
  }

  private(set) var entries: [Entry] = []
  private var idsByName: [String: String] = [:]
  private(set) var ids: Set<String> = []
  /// The style types (paragraph, character, table, numbering) that have a default style.
  private(set) var defaultTypes: Set<String> = []

  static let style = XMLCopier.Name(Namespace.w, "style")
  static let styleID = XMLCopier.Name(Namespace.w, "styleId")
  static let type = XMLCopier.Name(Namespace.w, "type")
  static let isDefault = XMLCopier.Name(Namespace.w, "default")
  static let nameElement = XMLCopier.Name(Namespace.w, "name")
  static let value = XMLCopier.Name(Namespace.w, "val")

  /// Indexes the `w:style` children of a `w:styles` tree.
  init(_ styles: XMLCopier.Element) {
    for style in styles.elements where style.name == Self.style {
      guard let id = style.attribute(Self.styleID) else { continue }
      let type = style.attribute(Self.type) ?? "paragraph"
      let name = style.elements.first { $0.name == Self.nameElement }?.attribute(Self.value) ?? id
      entries.append(Entry(id: id, type: type, name: name))
      if let isDefault = style.attribute(Self.isDefault), ["1", "true", "on"].contains(isDefault) {
        defaultTypes.insert(type)
      }
      ids.insert(id)
      let key = type + "\u{0}" + name.lowercased()
      if idsByName[key] == nil { idsByName[key] = id }
    }
  }

  /// Our own styles (Templates/docx/styles.xml), indexed the same way.
  static func ours() throws -> ReferenceStyleIndex {
    ReferenceStyleIndex(try StylesPart.tree(fonts: FontChoice(Metadata(title: "")), lang: .english))
  }

  /// The id of the reference's style that stands for `style`: same type and name, else the
  /// same type and id; nil when the reference lacks it (ours is then added).
  func resolve(_ style: StyleID, ours: ReferenceStyleIndex) -> String? {
    ours.entries.first(where: { $0.id == style.rawValue }).flatMap(resolve)
  }

  /// The id of the reference's style that stands for one of ours, as above.
  func resolve(_ own: Entry) -> String? {
    if let id = idsByName[own.type + "\u{0}" + own.name.lowercased()] { return id }
    if entries.contains(where: { $0.id == own.id && $0.type == own.type }) { return own.id }
    return nil
  }
}
