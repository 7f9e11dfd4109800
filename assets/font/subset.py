"""Builds the planner's CJK font: a subset of a Debian font package.

Characters kept: ASCII, GB2312 (all 6,763 hanzi and its symbols), the
full-width forms operators type (，。！？：；（）【】《》“”‘’…—·), and U+FFFD, the
placeholder drawn for any character outside the subset. Run with Debian's
interpreter (/usr/bin/python3), which sees python3-fonttools.

usage: subset.py SOURCE_FONT FACE_INDEX OUTPUT.ttf
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont


def gb2312_chars():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def wanted():
    chars = {chr(c) for c in range(0x20, 0x7F)}
    chars |= gb2312_chars()
    chars |= {chr(c) for c in range(0xFF01, 0xFF5F)}   # full-width ASCII forms
    chars |= {chr(c) for c in range(0x3000, 0x3020)}   # CJK punctuation
    chars |= set("“”‘’…—–·•×÷±≥≤≠→←↑↓✓✔✗★☆●○■□▲△▼▽◆◇%‰℃￥€©®™°")
    chars.add("\ufffd")
    return chars


def main():
    source, face, output = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    font = TTFont(source, fontNumber=face, lazy=False)
    cmap = font.getBestCmap()
    keep = sorted(ord(c) for c in wanted() if ord(c) in cmap)
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


if __name__ == "__main__":
    main()
