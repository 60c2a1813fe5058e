import ExportKit
import Foundation

/// The ODF package: the media type (the packager writes it as the stored first entry,
/// `mimetype`), then the XML parts, then `META-INF/manifest.xml` listing every part.
enum OdtPackage {
  /// The media type of a text document, written as the `mimetype` entry and the root entry.
  static let mediaType = "application/vnd.oasis.opendocument.text"

  static func archive(
    parts: [(path: String, pieces: [ZipPackager.Piece])],
    deferred: [(path: String, make: (ZipPackager.Packed) throws -> [ZipPackager.Piece])] = [], date: Date
  ) throws -> Data {
    var zip = ZipPackager(date: date, mediaType: mediaType)
    for part in parts { zip.add(part.path, pieces: part.pieces) }
    for part in deferred { zip.add(part.path, deferred: part.make) }
    zip.add("META-INF/manifest.xml", manifest(paths: parts.map(\.path) + deferred.map(\.path)))
    return try zip.archive()
  }

  /// `META-INF/manifest.xml`: the root entry and one entry per part.
  static func manifest(paths: [String]) -> XMLWriter {
    var xml = XMLWriter(capacity: 1_024)
    xml.declaration(standalone: false)
    xml.raw(
      "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
    )
    xml.raw("<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\"")
    xml.attribute("manifest:media-type", mediaType)
    xml.raw("/>")
    for path in paths {
      xml.raw("<manifest:file-entry")
      xml.attribute("manifest:full-path", path)
      xml.raw(" manifest:media-type=\"text/xml\"/>")
    }
    xml.raw("</manifest:manifest>")
    return xml
  }
}
