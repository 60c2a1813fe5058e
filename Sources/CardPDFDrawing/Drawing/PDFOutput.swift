import CPangoCairo
import Foundation

/// A Cairo PDF surface whose bytes are collected in memory, with the document's metadata.
final class PDFOutput {
  let surface: OpaquePointer
  let cairo: OpaquePointer
  private let sink = Sink()

  final class Sink {
    var bytes: [UInt8] = []
  }

  init(width: Double, height: Double, title: String, author: String?, creator: String, date: Date) {
    let write: cairo_write_func_t = { closure, data, length in
      guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
      Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().bytes.append(
        contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
      return CAIRO_STATUS_SUCCESS
    }
    surface = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(), width, height)
    cairo = cairo_create(surface)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
    if let author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author) }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator)
    let stamp = PDFOutput.isoDate(date)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, stamp)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, stamp)
  }

  deinit {
    cairo_destroy(cairo)
    cairo_surface_destroy(surface)
  }

  /// Ends the current page.
  func showPage() { cairo_show_page(cairo) }

  /// Finishes the PDF and returns its bytes.
  func finish() throws -> Data {
    cairo_surface_finish(surface)
    let status = cairo_surface_status(surface)
    guard status == CAIRO_STATUS_SUCCESS else {
      throw CardPDFError.cairo(String(cString: cairo_status_to_string(status)))
    }
    return Data(sink.bytes)
  }

  /// "2026-11-29T20:01:26Z", the form Cairo writes into the PDF's dates.
  static func isoDate(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
    return "\(c.year ?? 1970)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))Z"
  }
}

/// Why drawing the PDF failed.
public enum CardPDFError: Error, CustomStringConvertible {
  /// Cairo reported an error (out of memory, a write error).
  case cairo(String)

  public var description: String {
    switch self {
    case .cairo(let reason): return "Cairo could not write the PDF: \(reason)"
    }
  }
}
