#!/usr/bin/env bash
# Makes the reviewed DOCX and ODT files the feedback and guard tests read, with real
# third-party writers, from the prep and answers files in this folder (Chinese, Japanese,
# English):
#
#   LANG.docx|odt                prepexport docx|odt --review (the base; SOURCE_DATE_EPOCH fixed)
#   LANG-resaved.docx|odt        LibreOffice re-save of the base (soffice --convert-to): NOT reviewed
#   LANG-python-docx.docx        python-docx 1.2: comments (one spanning two paragraphs) and a
#                                note typed into a mentor-notes box without tracking
#   LANG-typed-note.docx         python-docx: only a note typed into a mentor-notes box
#   LANG-typed-body.docx         python-docx: only text typed into a body paragraph
#   zh-resaved-typed.docx        python-docx: text typed into a body paragraph of the re-save
#   LANG-libreoffice.docx|odt    LibreOffice with change tracking on (driven over UNO): an
#                                insertion, a tracked note, a deletion, bold, a new paragraph
#   LANG-mixed.docx|odt          the LibreOffice review, then python-docx's comments and note,
#                                then re-saved by LibreOffice (--convert-to) in its own markup
#   en-word-threads.docx, en-reply-links.odt, hostile-*   hand-written XML (handwritten.py):
#                                only what no tool here makes
#
# Needs: python-docx 1.2 (`pip install 'python-docx==1.2.*'`), LibreOffice with Python UNO
# (Debian: libreoffice-writer-nogui python3-uno). Dates of comments and changes are the time
# the script runs. Regenerate with:
#
#   swift build && Tests/Fixtures/reviewed/make-reviewed.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prepexport=${PREPEXPORT:-$here/../../../.build/debug/prepexport}
python=${PYTHON:-python3}
uno_python=${UNO_PYTHON:-/usr/bin/python3}
export SOURCE_DATE_EPOCH=1796000000

"$python" -c 'import docx, sys; v = docx.__version__; sys.exit(0 if v.startswith("1.2") else "python-docx " + v + ": need 1.2")' \
  || { echo "install python-docx 1.2: pip install 'python-docx==1.2.*'" >&2; exit 1; }
"$uno_python" -c 'import uno' || { echo "$uno_python has no uno module (Debian: python3-uno)" >&2; exit 1; }

work=$(mktemp -d)
soffice_pid=
cleanup() {
  if [ -n "$soffice_pid" ]; then kill "$soffice_pid" 2>/dev/null || true; wait "$soffice_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
convert() { # convert FORMAT FILE OUTDIR
  soffice "-env:UserInstallation=file://$work/convert-profile" --headless --convert-to "$1" --outdir "$3" "$2" >/dev/null 2>&1
}

soffice "-env:UserInstallation=file://$work/uno-profile" --headless --invisible --norestore \
  "--accept=pipe,name=prepexport-fixtures-$$;urp;" >/dev/null 2>&1 &
soffice_pid=$!

cd "$here"
rm -f ./*.docx ./*.odt ./*.pdf ./*.doc
for lang in zh ja en; do
  for format in docx odt; do
    "$prepexport" "$format" "prep-$lang.md" --answers "answers-$lang.md" --review -o "$lang.$format"
    mkdir -p "$work/resave-$lang-$format"
    convert "$format" "$lang.$format" "$work/resave-$lang-$format"
    cp "$work/resave-$lang-$format/$lang.$format" "$lang-resaved.$format"
  done
  "$python" review_with_python_docx.py "$lang" "$lang.docx" "$lang-python-docx.docx" comments
  "$python" review_with_python_docx.py "$lang" "$lang.docx" "$lang-typed-note.docx" typed-note
  "$python" review_with_python_docx.py "$lang" "$lang.docx" "$lang-typed-body.docx" typed-body
  "$uno_python" review_with_libreoffice.py "prepexport-fixtures-$$" "$lang" "$here/$lang.docx" \
    "$here/$lang-libreoffice.docx" "$work/$lang-from-docx.odt"
  "$uno_python" review_with_libreoffice.py "prepexport-fixtures-$$" "$lang" "$here/$lang.odt" \
    "$work/$lang-from-odt.docx" "$here/$lang-libreoffice.odt"
  "$python" review_with_python_docx.py "$lang" "$lang-libreoffice.docx" "$work/$lang-mixed.docx" comments
  for format in docx odt; do
    mkdir -p "$work/mixed-$format"
    convert "$format" "$work/$lang-mixed.docx" "$work/mixed-$format"
    cp "$work/mixed-$format/$lang-mixed.$format" "$lang-mixed.$format"
  done
done
"$python" review_with_python_docx.py zh zh-resaved.docx zh-resaved-typed.docx typed-body
"$python" handwritten.py en.docx en.odt .
ls -l "$here"
