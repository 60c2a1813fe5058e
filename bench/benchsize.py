"""Sizes on the bench's command lines: `1M`, `10M`, `500K`, `6K`, `2.5M` (decimal units, as
file sizes are usually quoted), or a bare number of megabytes (`1` is 1,000,000 bytes)."""

UNITS = {"": 1_000_000, "B": 1, "K": 1_000, "KB": 1_000, "M": 1_000_000, "MB": 1_000_000, "G": 1_000_000_000}


def parse_size(text):
    t = text.strip().upper()
    number = t.rstrip("BKMG")
    unit = t[len(number):]
    if unit not in UNITS or not number:
        raise ValueError("size %r: expected a number with K, M or G (e.g. 1M, 10M, 6K)" % text)
    return int(float(number) * UNITS[unit])


def size_name(size):
    """1000000 → "1 MB", 10014098 → "10 MB", 5966 → "5.97 KB" (three significant digits)."""
    for unit, factor in (("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000)):
        if size >= factor * 0.9995:  # 999,999 bytes is "1 MB", not "1e+03 KB"
            return "%s %s" % ("%.3g" % (size / factor), unit)
    return "%d B" % size
