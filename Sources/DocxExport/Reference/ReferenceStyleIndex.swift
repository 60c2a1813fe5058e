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

  init(_ styles: SafeXMLDocument) {
    for style in styles.select("/w:styles/w:style", namespaces: ["w": Namespace.w]) {
      guard let id = style.attribute("styleId", namespace: Namespace.w) else { continue }
      let type = style.attribute("type", namespace: Namespace.w) ?? "paragraph"
      let name = style.children.first { $0.name == "name" }?.attribute("val", namespace: Namespace.w) ?? id
      entries.append(Entry(id: id, type: type, name: name))
      let isDefault = style.attribute("default", namespace: Namespace.w)
      if isDefault == "1" || isDefault == "true" || isDefault == "on" { defaultTypes.insert(type) }
      ids.insert(id)
      let key = type + "\u{0}" + name.lowercased()
      if idsByName[key] == nil { idsByName[key] = id }
    }
  }

  /// Our own styles (Templates/docx/styles.xml), indexed the same way.
  static func ours() throws -> ReferenceStyleIndex {
    let xml = try StylesPart.part(fonts: FontChoice(Metadata(title: "")), lang: .english)
    return ReferenceStyleIndex(try SafeXMLDocument(Data(xml.bytes), name: "docx/styles.xml"))
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
