import DocumentOutline
import ExportKit

extension OdtBody {
  /// `--toc`: a `text:table-of-content` over outline levels 1–3 (as the DOCX's `TOC \o "1-3"`)
  /// whose body is already written, so it shows before anyone updates it. Each entry links to
  /// its heading's bookmark, and its page number is a page reference to that bookmark, which
  /// LibreOffice computes when it lays the document out. Updating the index regenerates the same.
  mutating func tableOfContents(_ contents: TableOfContents) {
    xml.raw("<text:table-of-content text:style-name=\"PrepContents\" text:protected=\"true\" text:name=\"Contents\">")
    xml.raw("<text:table-of-content-source text:outline-level=\"3\"><text:index-title-template text:style-name=\"")
    xml.raw(StyleName.contentsHeading)
    xml.raw("\">")
    xml.text(contents.title)
    xml.raw("</text:index-title-template>")
    for level in 1...3 {
      xml.raw("<text:table-of-content-entry-template text:outline-level=\"")
      xml.number(level)
      xml.raw("\" text:style-name=\"Contents_20_")
      xml.number(level)
      xml.raw("\"><text:index-entry-link-start text:style-name=\"")
      xml.raw(StyleName.indexLink)
      xml.raw("\"/><text:index-entry-text/><text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>")
      xml.raw("<text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>")
    }
    xml.raw("</text:table-of-content-source><text:index-body><text:index-title text:name=\"Contents_Head\">")
    xml.raw("<text:p text:style-name=\"")
    xml.raw(StyleName.contentsHeading)
    xml.raw("\">")
    spaceWouldCollapse = true
    text(Substring(contents.title))
    xml.raw("</text:p></text:index-title>")
    for entry in contents.entries {
      xml.raw("<text:p text:style-name=\"Contents_20_")
      xml.number(min(max(entry.level, 1), 3))
      xml.raw("\"><text:a xlink:type=\"simple\" xlink:href=\"#")
      xml.attributeValue(entry.bookmark)
      xml.raw("\" text:style-name=\"")
      xml.raw(StyleName.indexLink)
      xml.raw("\" text:visited-style-name=\"")
      xml.raw(StyleName.indexLink)
      xml.raw("\">")
      spaceWouldCollapse = true
      text(Substring(entry.text))
      xml.raw("<text:tab/><text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"")
      xml.attributeValue(entry.bookmark)
      xml.raw("\">1</text:bookmark-ref></text:a></text:p>")
    }
    xml.raw("</text:index-body></text:table-of-content>")
  }
}
