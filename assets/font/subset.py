"""Builds the planner's CJK font from a Debian font package, in two slices.

Characters kept: ASCII, GB2312 (all 6,763 hanzi and its symbols), the
full-width forms operators type (，。！？：；（）【】《》“”‘’…—·), and U+FFFD, the
placeholder drawn for any character outside the subset.

They are split so the first visit downloads what the page needs to start:
- the first slice (loaded before the first frame): everything except the
  3,008 less common hanzi of GB2312 level 2 — but any level-2 character that
  appears in the given text files (the string table, the templates) stays
  in it, so nothing the planner itself writes waits for the second slice;
- the second slice: the rest of GB2312 level 2, fetched by the page the
  first time the app draws a CJK ideograph (U+4E00–U+9FFF) the first slice
  lacks, then merged into the same Dear ImGui font.

Run with Debian's interpreter (/usr/bin/python3), which sees python3-fonttools.

usage: subset.py SOURCE_FONT FACE_INDEX FIRST.ttf SECOND.ttf [TEXT_FILE...]
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont


def gb2312_chars(rows):
    chars = set()
    for hi in rows:
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def wanted():
    chars = {chr(c) for c in range(0x20, 0x7F)}
    chars |= gb2312_chars(range(0xA1, 0xF8))
    chars |= {chr(c) for c in range(0xFF01, 0xFF5F)}   # full-width ASCII forms
    chars |= {chr(c) for c in range(0x3000, 0x3020)}   # CJK punctuation
    chars |= set("“”‘’…—–·•×÷±≥≤≠→←↑↓✓✔✗★☆●○■□▲△▼▽◆◇%‰℃￥€©®™°")
    chars.add("\ufffd")
    return chars


def split(text_files):
    """(first slice, second slice) as sets of characters.

    The first slice also gets any other character the text files use (−, ¥,
    ☐ …) that the source font has; the font lacks emoji, which stay the
    placeholder."""
    level2 = gb2312_chars(range(0xD8, 0xF8))
    written = set()
    for name in text_files:
        with open(name, encoding="utf-8") as f:
            written |= set(f.read())
    second = level2 - written
    return (wanted() | written) - second, second


def save_subset(source, face, chars, output):
    font = TTFont(source, fontNumber=face, lazy=False)
    cmap = font.getBestCmap()
    keep = sorted(ord(c) for c in chars if ord(c) in cmap)
    opts = subset.Options()
    opts.layout_features = []          # Dear ImGui does no shaping
    opts.hinting = False               # nor hinting: smaller file, same look
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]   # keep the licence and names
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.drop_tables += ["DSIG", "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=keep)
    sub.subset(font)
    font.save(output)
    print(f"{output}: {len(keep)} characters from {source}#{face}")


def main():
    source, face, first, second = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    first_chars, second_chars = split(sys.argv[5:])
    save_subset(source, face, first_chars, first)
    save_subset(source, face, second_chars, second)


if __name__ == "__main__":
    main()
