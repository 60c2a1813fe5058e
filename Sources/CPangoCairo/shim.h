// Pango and Cairo for Swift: text layout (Pango, with fontconfig fallback and UAX #14 line
// breaking) drawn into a PDF (Cairo, which embeds the fonts). Only the card PDF drawing links
// these; the main prepexport binary never does.
#include <pango/pangocairo.h>
#include <cairo/cairo-pdf.h>
#include <stdlib.h>

// Macros and casts Swift cannot import.
static inline void prep_g_object_unref(void *object) { g_object_unref(object); }
static inline void prep_g_object_ref(void *object) { g_object_ref(object); }
static inline guint32 prep_pango_glyph_unknown_flag(void) { return PANGO_GLYPH_UNKNOWN_FLAG; }
static inline int prep_pango_scale(void) { return PANGO_SCALE; }

// --- CFF fonts through glyph outlines ---------------------------------------------------
//
// Cairo 1.16 (Debian 12) subsets CFF fonts wrongly: its charstring scanner counts the
// operands of path operators as stem hints, so after a `hintmask` that follows a path it
// skips the wrong number of mask bytes, misses the subroutine call behind them and writes
// that subroutine out as an empty `return`. Glyphs of Noto Sans CJK such as 如 then print
// blank, while their text is still extracted. Glyphs of CFF fonts are therefore drawn
// through a user font that takes each glyph's outline from the real font: Cairo embeds it as
// a Type 3 font (the glyphs used, as outlines), with the text mapped for copying and search.

static inline cairo_user_data_key_t *prep_outline_key(void) {
  static cairo_user_data_key_t key;
  return &key;
}

static inline cairo_font_face_t *prep_outline_real_face(cairo_scaled_font_t *scaled) {
  return cairo_font_face_get_user_data(cairo_scaled_font_get_font_face(scaled), prep_outline_key());
}

static inline void prep_outline_use_real_font(cairo_t *cr, cairo_font_face_t *real) {
  cairo_set_font_face(cr, real);
  cairo_set_font_size(cr, 1.0);  // the user font's space: one unit to the em
  cairo_font_options_t *options = cairo_font_options_create();
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options(cr, options);
  cairo_font_options_destroy(options);
}

static cairo_status_t prep_outline_init(cairo_scaled_font_t *scaled, cairo_t *cr, cairo_font_extents_t *extents) {
  prep_outline_use_real_font(cr, prep_outline_real_face(scaled));
  cairo_font_extents(cr, extents);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t prep_outline_render(
    cairo_scaled_font_t *scaled, unsigned long glyph, cairo_t *cr, cairo_text_extents_t *extents) {
  prep_outline_use_real_font(cr, prep_outline_real_face(scaled));
  cairo_glyph_t g = {glyph, 0, 0};
  cairo_glyph_path(cr, &g, 1);
  cairo_fill(cr);
  cairo_glyph_extents(cr, &g, 1, extents);
  return CAIRO_STATUS_SUCCESS;
}

// A user font face drawing the glyphs of `real` (which it keeps a reference to).
static inline cairo_font_face_t *prep_outline_font_face(cairo_font_face_t *real) {
  cairo_font_face_t *face = cairo_user_font_face_create();
  cairo_user_font_face_set_init_func(face, prep_outline_init);
  cairo_user_font_face_set_render_glyph_func(face, prep_outline_render);
  cairo_font_face_set_user_data(
      face, prep_outline_key(), cairo_font_face_reference(real), (cairo_destroy_func_t)cairo_font_face_destroy);
  return face;
}

// The Cairo font face behind a Pango font.
static inline cairo_font_face_t *prep_pango_font_cairo_face(PangoFont *font) {
  cairo_scaled_font_t *scaled = pango_cairo_font_get_scaled_font((PangoCairoFont *)font);
  return scaled ? cairo_scaled_font_get_font_face(scaled) : NULL;
}

// Whether a Pango font has CFF outlines (an OpenType 'CFF ' table).
static inline int prep_pango_font_is_cff(PangoFont *font) {
  hb_font_t *hb = pango_font_get_hb_font(font);
  if (!hb) return 0;
  hb_blob_t *blob = hb_face_reference_table(hb_font_get_face(hb), HB_TAG('C', 'F', 'F', ' '));
  unsigned int length = hb_blob_get_length(blob);
  hb_blob_destroy(blob);
  return length > 0;
}

// Draws a left-to-right glyph run at the current point with `proxy` (from
// prep_outline_font_face), keeping Pango's glyph positions and the text of each cluster.
// Returns 0, drawing nothing, for a run it does not handle (right to left, or with glyphs no
// font has, which Pango draws as boxes).
static inline int prep_show_glyph_item_as_outlines(
    cairo_t *cr, const char *text, PangoGlyphItem *run, cairo_font_face_t *proxy) {
  PangoGlyphString *string = run->glyphs;
  PangoItem *item = run->item;
  int count = string->num_glyphs;
  if (item->analysis.level % 2 == 1 || count == 0) return 0;
  for (int i = 0; i < count; i++) {
    if (string->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG) return 0;
  }
  cairo_scaled_font_t *real = pango_cairo_font_get_scaled_font((PangoCairoFont *)item->analysis.font);
  if (!real) return 0;
  cairo_matrix_t matrix;
  cairo_scaled_font_get_font_matrix(real, &matrix);
  double x, y;
  cairo_get_current_point(cr, &x, &y);
  cairo_glyph_t *glyphs = cairo_glyph_allocate(count);
  cairo_text_cluster_t *clusters = cairo_text_cluster_allocate(count);
  int glyphCount = 0, clusterCount = 0;
  for (int i = 0; i < count;) {
    int start = string->log_clusters[i];
    int inCluster = 0;
    int j = i;
    for (; j < count && string->log_clusters[j] == start; j++) {
      PangoGlyphInfo info = string->glyphs[j];
      if (info.glyph != PANGO_GLYPH_EMPTY) {
        glyphs[glyphCount].index = info.glyph;
        glyphs[glyphCount].x = x + (double)info.geometry.x_offset / PANGO_SCALE;
        glyphs[glyphCount].y = y + (double)info.geometry.y_offset / PANGO_SCALE;
        glyphCount++;
        inCluster++;
      }
      x += (double)info.geometry.width / PANGO_SCALE;
    }
    int end = j < count ? string->log_clusters[j] : item->length;
    clusters[clusterCount].num_bytes = end - start;
    clusters[clusterCount].num_glyphs = inCluster;
    clusterCount++;
    i = j;
  }
  cairo_save(cr);
  cairo_set_font_face(cr, proxy);
  cairo_set_font_matrix(cr, &matrix);
  cairo_show_text_glyphs(
      cr, text + item->offset, item->length, glyphs, glyphCount, clusters, clusterCount, (cairo_text_cluster_flags_t)0);
  cairo_restore(cr);
  cairo_glyph_free(glyphs);
  cairo_text_cluster_free(clusters);
  return 1;
}
