import ExportKit
import Foundation

/// Where a reviewed DOCX keeps its parts: the main document named by the package's
/// relationships, and the parts it relates to (styles, numbering, comments, headers,
/// footers) by type, so that files from any writer are read, whatever they name them.
struct DocxPartMap {
  var document = "word/document.xml"
  var styles: String?
  var numbering: String?
  var comments: String?
  var commentsExtended: String?
  var commentsIDs: String?
  var commentsExtensible: String?
  var headers: [String] = []
  var footers: [String] = []

  init(_ archive: SafeArchive, name: String) throws {
    if let rels = archive["_rels/.rels"] {
      for (type, target) in try Self.relationships(rels, name: "\(name) (_rels/.rels)") where type == "officeDocument" {
        document = Self.resolve(target, from: "")
      }
    }
    let folder = document.split(separator: "/").dropLast().joined(separator: "/")
    let relsPath =
      (folder.isEmpty ? "" : folder + "/") + "_rels/" + (document.split(separator: "/").last ?? "") + ".rels"
    guard let rels = archive[relsPath] else {
      // No relationships: the usual names.
      styles = "word/styles.xml"
      numbering = "word/numbering.xml"
      comments = "word/comments.xml"
      return
    }
    for (type, target) in try Self.relationships(rels, name: "\(name) (\(relsPath))") {
      let path = Self.resolve(target, from: folder)
      switch type {
      case "styles": styles = path
      case "numbering": numbering = path
      case "comments": comments = path
      case "commentsExtended": commentsExtended = path
      case "commentsIds": commentsIDs = path
      case "commentsExtensible": commentsExtensible = path
      case "header": headers.append(path)
      case "footer": footers.append(path)
      default: break
      }
    }
  }

  /// Each relationship's type (the last segment of its URI) and target.
  static func relationships(_ data: Data, name: String) throws -> [(type: String, target: String)] {
    let document = try SafeXMLDocument(data, name: name)
    return (document.root?.children ?? []).compactMap { element in
      guard element.hasName("Relationship"), element.attribute("TargetMode") != "External",
        let type = element.attribute("Type"), let target = element.attribute("Target")
      else { return nil }
      return (String(type.split(separator: "/").last ?? ""), target)
    }
  }

  /// A target relative to a folder of the package (or absolute, from its root), as an entry
  /// path; `..` segments are resolved within the package and never leave it.
  static func resolve(_ target: String, from folder: String) -> String {
    var segments = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
    for segment in target.split(separator: "/") {
      switch segment {
      case ".": continue
      case "..": _ = segments.popLast()
      default: segments.append(String(segment))
      }
    }
    return segments.joined(separator: "/")
  }
}
