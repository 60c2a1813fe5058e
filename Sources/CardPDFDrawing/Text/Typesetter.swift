import CPangoCairo
import CardModel
import ExportKit

/// Pango, set up to measure and draw card text in points: one context for the whole PDF
/// (72 dpi, no hinting, so that what is measured is what is drawn), a font description per
/// text style, kinsoku kept by layout attributes, and every character no font has recorded.
final class Typesetter {
  let sizes: TypeSizes
  private let context: OpaquePointer
  private var descriptions: [TextStyle: OpaquePointer] = [:]
  private let scale = Double(prep_pango_scale())
  /// Characters that no installed font has, with the title of the card they were first seen on.
  private(set) var missingGlyphs: [(scalar: Unicode.Scalar, card: String)] = []
  private var seenMissing = Set<UInt32>()
  /// Per Pango font: the outline font drawing it, or nil when it is not a CFF font.
  private var outlineFaces: [UnsafeMutableRawPointer: OpaquePointer?] = [:]
  /// Per Cairo font face of a CFF font: its outline font.
  private var outlineProxies: [OpaquePointer: OpaquePointer?] = [:]
  /// The card being measured, for the missing-glyph report.
  var currentCard = ""

  /// Paragraphs longer than this many bytes are laid out a piece at a time (see `lines`): small
  /// enough that Pango's search for a break in a word longer than the card (which costs time in
  /// proportion to the rest of the piece, for each line) stays cheap; 2 KB measured best.
  static let chunkBytes = 2 * 1024

  init(cairo: OpaquePointer, fonts: CardFonts, sizes: TypeSizes, language: LanguageTag) {
    self.sizes = sizes
    context = pango_cairo_create_context(cairo)
    pango_cairo_context_set_resolution(context, 72)
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    pango_cairo_context_set_font_options(context, options)
    cairo_font_options_destroy(options)
    pango_context_set_round_glyph_positions(context, 0)
    pango_context_set_language(context, pango_language_from_string(language.description.lowercased()))
    for style in TextStyle.allCases {
      let description = pango_font_description_new()!
      pango_font_description_set_family(description, fonts.families(style))
      pango_font_description_set_absolute_size(description, sizes.size(style) * scale)
      pango_font_description_set_weight(description, style.isBold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
      descriptions[style] = description
    }
  }

  deinit {
    for proxy in outlineProxies.values { if let proxy { cairo_font_face_destroy(proxy) } }
    for font in outlineFaces.keys { prep_g_object_unref(font) }
    for description in descriptions.values { pango_font_description_free(description) }
    prep_g_object_unref(UnsafeMutableRawPointer(context))
  }

  /// The family fontconfig gives for `family` alone: itself when it is installed.
  func resolvedFamily(_ family: String) -> String {
    let description = pango_font_description_new()!
    defer { pango_font_description_free(description) }
    pango_font_description_set_family(description, family)
    pango_font_description_set_absolute_size(description, 10 * scale)
    guard let font = pango_context_load_font(context, description) else { return "" }
    defer { prep_g_object_unref(UnsafeMutableRawPointer(font)) }
    let described = pango_font_describe(font)
    defer { pango_font_description_free(described) }
    return pango_font_description_get_family(described).map { String(cString: $0) } ?? ""
  }

  /// The lines of `text` broken to `width` points. A paragraph of any length costs time and
  /// memory in proportion to its length: a long one is laid out a piece at a time, keeping
  /// the lines of each piece but its last two (whose breaks may depend on what follows) and
  /// starting the next piece where they began.
  func lines(of text: TextBytes, style: TextStyle, width: Double, chunkBytes: Int = Typesetter.chunkBytes)
    -> [LineBox]
  {
    let bytes = text.bytes
    guard !bytes.isEmpty else { return [] }
    var lines: [LineBox] = []
    var start = 0
    while start < bytes.count {
      var end = start + min(bytes.count - start, chunkBytes)
      while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end -= 1 }  // a whole UTF-8 sequence
      var piece = layoutLines(bytes[start..<end], style: style, width: width)
      if end < bytes.count && piece.count > 2 {
        piece.removeLast(2)
      } else if end < bytes.count {
        piece.removeLast(piece.count - 1)  // a line longer than a piece: keep one, go on
      }
      for var line in piece {
        line.start += start
        line.end += start
        lines.append(line)
      }
      start = lines.last!.end
    }
    return lines
  }

  /// The natural width of `text` on one line.
  func width(of text: String, style: TextStyle) -> Double {
    let layout = makeLayout(style)
    defer { prep_g_object_unref(UnsafeMutableRawPointer(layout)) }
    pango_layout_set_text(layout, text, -1)
    var logical = PangoRectangle()
    pango_layout_get_extents(layout, nil, &logical)
    return Double(logical.width) / scale
  }

  /// Draws one line of text with its baseline at (`x`, `baseline`) in the current user space,
  /// run by run: runs in CFF fonts through their glyph outlines (see `prep_outline_font_face`
  /// in the CPangoCairo shim: Cairo 1.16 subsets CFF fonts wrongly), the rest as Pango draws.
  func draw(_ text: String, style: TextStyle, x: Double, baseline: Double, on cairo: OpaquePointer) {
    pango_cairo_update_context(cairo, context)
    let layout = makeLayout(style)
    defer { prep_g_object_unref(UnsafeMutableRawPointer(layout)) }
    pango_layout_set_text(layout, text, -1)
    let layoutText = pango_layout_get_text(layout)
    let iter = pango_layout_get_iter(layout)
    defer { pango_layout_iter_free(iter) }
    repeat {
      guard let run = pango_layout_iter_get_run_readonly(iter) else { continue }
      var logical = PangoRectangle()
      pango_layout_iter_get_run_extents(iter, nil, &logical)
      cairo_move_to(cairo, x + Double(logical.x) / scale, baseline)
      if let proxy = outlineFace(for: run.pointee.item.pointee.analysis.font),
        prep_show_glyph_item_as_outlines(cairo, layoutText, run, proxy) != 0
      {
        continue
      }
      pango_cairo_show_glyph_item(cairo, layoutText, run)
    } while pango_layout_iter_next_run(iter) != 0
  }

  /// The outline font for a CFF font (nil for other fonts), made once per font face.
  private func outlineFace(for font: UnsafeMutablePointer<PangoFont>?) -> OpaquePointer? {
    guard let font else { return nil }
    let key = UnsafeMutableRawPointer(font)
    if let known = outlineFaces[key] { return known }
    prep_g_object_ref(key)  // kept while it is a key here, so that its address is not reused
    var proxy: OpaquePointer?
    if prep_pango_font_is_cff(font) != 0, let real = prep_pango_font_cairo_face(font) {
      proxy = outlineProxies[real] ?? prep_outline_font_face(real)
      outlineProxies[real] = proxy
    }
    outlineFaces[key] = proxy
    return proxy
  }

  private func makeLayout(_ style: TextStyle) -> OpaquePointer {
    let layout = pango_layout_new(context)!
    pango_layout_set_font_description(layout, descriptions[style])
    return layout
  }

  /// Lays out one piece of a paragraph and returns its lines, byte offsets relative to it.
  private func layoutLines(_ bytes: ArraySlice<UInt8>, style: TextStyle, width: Double) -> [LineBox] {
    let layout = makeLayout(style)
    defer { prep_g_object_unref(UnsafeMutableRawPointer(layout)) }
    pango_layout_set_width(layout, Int32((width * scale).rounded(.down)))
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { pango_layout_set_text(layout, $0.baseAddress, Int32($0.count)) }
    }
    let attributes = KinsokuAttributes.list(for: bytes)
    pango_layout_set_attributes(layout, attributes)
    pango_attr_list_unref(attributes)
    var lines = readLines(layout)
    // Kinsoku yields to "never cut": a run no break may split (a line of "，，，") would run
    // past the edge, so it is broken where Pango alone breaks it.
    if lines.contains(where: { $0.width > width + 0.01 && $0.end - $0.start > 4 }) {
      pango_layout_set_attributes(layout, nil)
      lines = readLines(layout)
    }
    if pango_layout_get_unknown_glyphs_count(layout) > 0 { recordMissingGlyphs(layout) }
    return lines
  }

  private func readLines(_ layout: OpaquePointer) -> [LineBox] {
    var lines: [LineBox] = []
    let iter = pango_layout_get_iter(layout)
    defer { pango_layout_iter_free(iter) }
    repeat {
      guard let line = pango_layout_iter_get_line_readonly(iter) else { break }
      var top: Int32 = 0
      var bottom: Int32 = 0
      pango_layout_iter_get_line_yrange(iter, &top, &bottom)
      var logical = PangoRectangle()
      pango_layout_iter_get_line_extents(iter, nil, &logical)
      let start = Int(line.pointee.start_index)
      lines.append(
        LineBox(
          start: start, end: start + Int(line.pointee.length), height: Double(bottom - top) / scale,
          ascent: Double(pango_layout_iter_get_baseline(iter) - top) / scale, width: Double(logical.width) / scale))
    } while pango_layout_iter_next_line(iter) != 0
    return lines
  }

  /// Pango draws a character no font has as a box holding its code, with the code in the
  /// glyph id: each such character is recorded once, for the warning.
  private func recordMissingGlyphs(_ layout: OpaquePointer) {
    let flag = prep_pango_glyph_unknown_flag()
    let iter = pango_layout_get_iter(layout)
    defer { pango_layout_iter_free(iter) }
    repeat {
      guard let run = pango_layout_iter_get_run_readonly(iter), let glyphs = run.pointee.glyphs else { continue }
      for index in 0..<Int(glyphs.pointee.num_glyphs) {
        let glyph = glyphs.pointee.glyphs[index].glyph
        guard glyph & flag != 0, let scalar = Unicode.Scalar(glyph & ~flag), !seenMissing.contains(scalar.value)
        else { continue }
        seenMissing.insert(scalar.value)
        missingGlyphs.append((scalar, currentCard))
      }
    } while pango_layout_iter_next_run(iter) != 0
  }
}
