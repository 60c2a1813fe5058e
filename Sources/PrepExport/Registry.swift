@_exported import AnkiExport
@_exported import CardModel
@_exported import CardPDFExport
@_exported import CueCardExport
@_exported import DocxExport
@_exported import ExportKit
@_exported import OdtExport
@_exported import PdfExport
@_exported import PrepModel

/// The formats prepexport knows. Registering a format here is all it takes for the CLI and
/// `prepexport formats` to offer it.
public enum Registry {
  /// Every registered exporter, in the order `prepexport formats` lists them.
  public static let exporters: [any Exporter] = [
    DocxExporter(),
    OdtExporter(),
    // The ODT, converted to PDF by LibreOffice.
    DocumentPDFExporter(converting: OdtExporter()),
    CueCardExporter(),
    CardPDFExporter(),
    AnkiExporter(),
  ]

  /// The exporter with this name.
  public static func exporter(named name: String) -> (any Exporter)? {
    exporters.first { $0.name == name }
  }
}
