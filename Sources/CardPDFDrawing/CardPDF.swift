import CPangoCairo
import CardModel
import ExportKit
import Foundation

/// Cue cards drawn into a print-ready PDF with Pango and Cairo (SPEC §3.2b): one card per
/// page at the card's real size, or as many as fit on A4/Letter sheets with cut marks;
/// duplex fronts and backs aligned for a long-edge flip; proportional fonts in the
/// document's language, embedded by Cairo as subsets; overflow measured with the real fonts
/// and continued on the next card, never cut.
///
/// `prepexport-card-pdf` calls this for the `cards-pdf` format; a library user may call it
/// directly (this module links Pango and Cairo).
public enum CardPDF {
  /// The PDF, and what the user should know (missing fonts, characters no font has).
  public struct Output: Sendable {
    public var pdf: Data
    public var warnings: [String]
  }

  /// Draws the cards of `job`.
  public static func render(_ job: CardPrintJob) throws -> Output {
    let geometry = CardGeometry(job.stock)
    let layout = SheetLayout(paper: job.paper, card: geometry)
    let lang = job.languageTag
    let output = PDFOutput(
      width: layout.pageWidth, height: layout.pageHeight, title: job.title, author: job.author, creator: job.creator,
      date: job.creationDate)
    let fonts = CardFonts(job: job)
    let typesetter = Typesetter(cairo: output.cairo, fonts: fonts, sizes: geometry.sizes, language: lang)
    var warnings = FontCheck.warnings(fonts, typesetter: typesetter)
    let measuring = CardMeasuring(typesetter: typesetter, geometry: geometry)
    let pagination = PrintedPagination(
      measuring: measuring, geometry: geometry, continued: Localized(lang).continued, isCJK: lang.isCJK)
    let sheets = CardPDF.sheets(job: job, measuring: measuring, pagination: pagination)
    let drawing = FaceDrawing(typesetter: typesetter, measuring: measuring, geometry: geometry, pagination: pagination)
    let total = sheets.count
    // Faces in print order: a card's front before its back with --duplex.
    var faces: [(sheet: Int, front: Bool)] = []
    for index in sheets.indices { faces += job.duplex ? [(index, true), (index, false)] : [(index, false)] }
    let perPage = layout.cardsPerPage
    func drawFace(_ face: (sheet: Int, front: Bool), in slot: SheetLayout.Slot) {
      cairo_save(output.cairo)
      if !slot.turned {
        cairo_translate(output.cairo, slot.x, slot.y)
      } else if face.front || !job.duplex {
        cairo_translate(output.cairo, slot.x + layout.slotWidth, slot.y)
        cairo_rotate(output.cairo, Double.pi / 2)
      } else {
        cairo_translate(output.cairo, slot.x, slot.y + layout.slotHeight)
        cairo_rotate(output.cairo, -Double.pi / 2)
      }
      drawing.draw(sheets[face.sheet], number: "\(face.sheet + 1)/\(total)", front: face.front, on: output.cairo)
      cairo_restore(output.cairo)
    }
    if job.paper == .card || !job.duplex {
      for start in stride(from: 0, to: faces.count, by: perPage) {
        drawMarks(layout, on: output.cairo)
        for (offset, face) in faces[start..<min(faces.count, start + perPage)].enumerated() {
          drawFace(face, in: layout.slots[offset])
        }
        output.showPage()
      }
    } else {
      // A sheet of fronts, then the sheet of their backs, each back in the mirrored column.
      for start in stride(from: 0, to: sheets.count, by: perPage) {
        let group = start..<min(sheets.count, start + perPage)
        drawMarks(layout, on: output.cairo)
        for (offset, index) in group.enumerated() { drawFace((index, true), in: layout.slots[offset]) }
        output.showPage()
        drawMarks(layout, on: output.cairo)
        for (offset, index) in group.enumerated() { drawFace((index, false), in: layout.backSlot(offset)) }
        output.showPage()
      }
    }
    if sheets.isEmpty {
      warnings.append("the document has no topic with material: the PDF has one blank page")
      output.showPage()
    }
    warnings += FontCheck.missingGlyphWarnings(typesetter.missingGlyphs)
    return Output(pdf: try output.finish(), warnings: warnings)
  }

  /// Every card's sheets, numbered in order. Prose gives a point per sentence when that fits
  /// one card (or with --full), else the first sentence of each paragraph. The title leaves
  /// room for the widest "M/M"; more cards than planned for may need a wider number, so
  /// paginate again until the number's width is the one planned for.
  static func sheets(job: CardPrintJob, measuring: CardMeasuring, pagination: PrintedPagination) -> [PrintedSheet] {
    var measured: [(title: String, full: [MeasuredBlock], brief: [MeasuredBlock]?)] = []
    for card in job.cards {
      measuring.typesetter.currentCard = card.title
      measured.append(
        (card.title, measuring.blocks(of: card.points), card.brief.map { measuring.blocks(of: $0) }))
    }
    var digits = String(max(1, job.cards.count)).count
    while true {
      let label = String(repeating: "0", count: digits)
      let numberWidth = measuring.typesetter.width(of: label + "/" + label, style: .number)
      var sheets: [PrintedSheet] = []
      for card in measured {
        measuring.typesetter.currentCard = card.title
        var cardSheets = pagination.sheets(title: card.title, blocks: card.full, numberWidth: numberWidth)
        if cardSheets.count > 1, !job.full, let brief = card.brief {
          cardSheets = pagination.sheets(title: card.title, blocks: brief, numberWidth: numberWidth)
        }
        sheets += cardSheets
      }
      let needed = String(max(1, sheets.count)).count
      if needed <= digits { return sheets }
      digits = needed
    }
  }

  private static func drawMarks(_ layout: SheetLayout, on cairo: OpaquePointer) {
    guard !layout.marks.isEmpty else { return }
    cairo_set_source_rgb(cairo, 0, 0, 0)
    cairo_set_line_width(cairo, 0.3)
    for mark in layout.marks {
      cairo_move_to(cairo, mark.x0, mark.y0)
      cairo_line_to(cairo, mark.x1, mark.y1)
    }
    cairo_stroke(cairo)
  }
}
