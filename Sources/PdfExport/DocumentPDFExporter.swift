import ExportKit
import Foundation

/// The whole document as PDF, for printing the prep itself (SPEC §3.2b): another format's
/// package (the ODT) converted by LibreOffice headless, the existing engine for laying out a
/// word-processing document; LibreOffice fills in the page numbers of the contents (`--toc`)
/// as it lays the pages out.
///
/// A format never imports another: the package to convert comes from the exporter this one
/// is given when it is registered (`DocumentPDFExporter(converting: OdtExporter())` in
/// `PrepExport.Registry`), called through the `Exporter` protocol.
public struct DocumentPDFExporter: Exporter {
  public let name = "pdf"
  public let fileExtension = "pdf"
  public var summary: String { "the whole document as PDF (its \(source.name.uppercased()) converted by LibreOffice)" }
  public let isBinary = true
  /// The document options (`--toc`, `--review`, `--reference-doc`), passed to `source`.
  public var optionKind: ExporterOptionKind { .document }
  /// The format whose output LibreOffice converts.
  public let source: any Exporter
  /// LibreOffice's `soffice`; nil to find it on PATH.
  public var converter: URL?

  public init(converting source: any Exporter, converter: URL? = nil) {
    self.source = source
    self.converter = converter
  }

  public func export(_ document: PrepDocument, options: ExportOptions) throws -> Data {
    guard let soffice = converter ?? ExternalProgram.onPath("soffice") else {
      throw ExportError.tool(
        "soffice",
        reason: "not found on PATH: the pdf format converts the document with LibreOffice; "
          + "install it with `apt-get install libreoffice-writer-nogui`")
    }
    let package = try source.export(document, options: options)
    return try LibreOfficeConversion.pdf(of: package, fileExtension: source.fileExtension, soffice: soffice)
  }
}
