#!/usr/bin/env bash
# Re-creates the bundled Chinese fonts in
#   render/src/main/resources/io/juesuan/render/fonts/
# from the npm packages @expo-google-fonts/noto-serif-sc and
# @expo-google-fonts/noto-sans-sc (static TrueType/glyf TTFs, SIL OFL 1.1).
#
# Requirements: npm, python3, pyftsubset (Debian: apt-get install fonttools).
# Usage: tools/fonts/subset-fonts.sh [workdir]   (workdir defaults to a mktemp dir)
set -euo pipefail

PKG_VERSION="${PKG_VERSION:-0.4.3}"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT_DIR="$REPO_ROOT/render/src/main/resources/io/juesuan/render/fonts"
WORK="${1:-$(mktemp -d -t juesuan-fonts.XXXXXX)}"
PYFTSUBSET="${PYFTSUBSET:-pyftsubset}"

command -v npm >/dev/null || { echo "npm not found" >&2; exit 1; }
command -v "$PYFTSUBSET" >/dev/null || { echo "pyftsubset not found (apt-get install fonttools)" >&2; exit 1; }

mkdir -p "$WORK" "$OUT_DIR"
cd "$WORK"
echo "Working in $WORK"

# 1. Fetch and unpack the npm packages (pinned version).
for pkg in noto-serif-sc noto-sans-sc; do
  tgz="expo-google-fonts-$pkg-$PKG_VERSION.tgz"
  [ -f "$tgz" ] || npm pack --silent "@expo-google-fonts/$pkg@$PKG_VERSION" >/dev/null
  rm -rf "$pkg" && mkdir "$pkg" && tar xzf "$tgz" -C "$pkg"
done

# 2. Build the code point list (one U+XXXX per line).
python3 - > unicodes.txt <<'PY'
cps = set()
# Entire GB 2312 repertoire (6763 hanzi + 682 symbols: rows 0xA1-0xF7).
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            cps.add(ord(bytes([hi, lo]).decode("gb2312")))
        except UnicodeDecodeError:
            pass
ranges = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement (° ± × ÷ · etc.)
    (0x2000, 0x206F),  # General Punctuation (“ ” ‘ ’ — … ‰ ※)
    (0x2100, 0x214F),  # Letterlike Symbols (℃ № ™)
    (0x2150, 0x218F),  # Number Forms (Ⅰ-Ⅻ ⅰ-ⅻ)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators (≥ ≤ ≠ ∑ √)
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (①-⑳ ⑴ ⒈)
    (0x2500, 0x257F),  # Box Drawing
    (0x25A0, 0x25FF),  # Geometric Shapes (■ □ ▲ △ ● ○ ◆ ◇)
    (0x2600, 0x2606),  # ☀-★☆ basics
    (0x3000, 0x303F),  # CJK Symbols and Punctuation (、。〔〕【】《》「」)
    (0x3200, 0x32FF),  # Enclosed CJK Letters (㈠-㈩)
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms (（）％．，；：？！)
]
for a, b in ranges:
    cps.update(range(a, b + 1))
cps.update(map(ord, "〔〕（）【】《》「」·—…％．，、；：？！“”‘’"))
print("\n".join("U+%04X" % c for c in sorted(cps)))
PY

# 3. Subset. Fonts without a glyph for a code point simply skip it.
subset() {  # $1 input ttf, $2 output ttf
  "$PYFTSUBSET" "$1" \
    --output-file="$2" \
    --unicodes-file=unicodes.txt \
    --no-hinting \
    --layout-features='' \
    --drop-tables+=BASE,GSUB,GPOS,GDEF,STAT \
    --name-IDs=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14 \
    --notdef-outline \
    --recommended-glyphs
}
subset noto-serif-sc/package/400Regular/NotoSerifSC_400Regular.ttf "$OUT_DIR/NotoSerifSC-Regular.ttf"
subset noto-serif-sc/package/700Bold/NotoSerifSC_700Bold.ttf       "$OUT_DIR/NotoSerifSC-Bold.ttf"
subset noto-sans-sc/package/400Regular/NotoSansSC_400Regular.ttf   "$OUT_DIR/NotoSansSC-Regular.ttf"
subset noto-sans-sc/package/700Bold/NotoSansSC_700Bold.ttf         "$OUT_DIR/NotoSansSC-Bold.ttf"

# 3b. The fallback font for what users legitimately type beyond GB 2312: every hanzi of Noto Sans HK
#     (CJK Unified Ideographs, Extension A, the 1,707 Extension B characters of HKSCS, compatibility
#     ideographs) that the main fonts lack — rarer characters of place and person names. Characters
#     no bundled font has are reported as findings when a report is checked.
pkg=noto-sans-hk
tgz="expo-google-fonts-$pkg-$PKG_VERSION.tgz"
[ -f "$tgz" ] || npm pack --silent "@expo-google-fonts/$pkg@$PKG_VERSION" >/dev/null
rm -rf "$pkg" && mkdir "$pkg" && tar xzf "$tgz" -C "$pkg"
python3 - "$OUT_DIR/NotoSerifSC-Regular.ttf" > fallback-unicodes.txt <<'PY'
import sys
from fontTools.ttLib import TTFont
have = set(TTFont(sys.argv[1]).getBestCmap())
ranges = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF),
          (0x2A700, 0x2EBEF), (0x2F800, 0x2FA1F), (0x30000, 0x3134F)]
print("\n".join("U+%04X" % c for a, b in ranges for c in range(a, b + 1) if c not in have))
PY
"$PYFTSUBSET" "$pkg/package/400Regular/NotoSansHK_400Regular.ttf" \
  --output-file="$OUT_DIR/JuesuanFallback-Regular.ttf" \
  --unicodes-file=fallback-unicodes.txt \
  --no-hinting --layout-features='' --drop-tables+=BASE,GSUB,GPOS,GDEF,STAT,vhea,vmtx,VORG \
  --name-IDs=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14 --notdef-outline --recommended-glyphs

# 3c. CJK Extension B in full (42,711 ideographs, U+20000–2A6D6, common in place and person names):
#     HanaMinB of the Hanazono fonts (GlyphWiki Project, 2017-09-04; upstream licence: SIL OFL 1.1
#     or the Hanazono Font License, see HanaMin-LICENSE.txt), as split into WOFF2 pieces by the npm
#     package hanamin@0.0.5. The pieces are merged, hinting and vertical metrics dropped, and the
#     result renamed "Juesuan Han ExtB" (the OFL reserves "Hanazono Font", "HanaMinB", "花園明朝B"
#     for the original). Needs fontTools with brotli (Debian: python3-fonttools python3-brotli).
#     Extensions C–F are not bundled: their characters are findings when a report is checked.
HANAMIN_VERSION="${HANAMIN_VERSION:-0.0.5}"
[ -f "hanamin-$HANAMIN_VERSION.tgz" ] || npm pack --silent "hanamin@$HANAMIN_VERSION" >/dev/null
rm -rf hanamin && mkdir hanamin && tar xzf "hanamin-$HANAMIN_VERSION.tgz" -C hanamin
"${PYTHON:-python3}" - hanamin/package extb-merged.ttf <<'MERGE'
import glob, re, sys
from fontTools.ttLib import TTFont
from fontTools.merge import Merger
pieces = sorted(glob.glob(sys.argv[1] + "/HanaMinB.CJK-Unified-Ideographs-Extension-B-*.woff2"),
                key=lambda f: int(re.search(r"-(\d+)\.woff2$", f).group(1)))
ttfs = []
for i, piece in enumerate(pieces):
    font = TTFont(piece)
    font.flavor = None
    ttfs.append("extb-%02d.ttf" % i)
    font.save(ttfs[-1])
Merger().merge(ttfs).save(sys.argv[2])
MERGE
"$PYFTSUBSET" extb-merged.ttf --output-file=extb-subset.ttf --unicodes=U+20000-2A6DF \
  --no-hinting --layout-features='' --drop-tables+=BASE,GSUB,GPOS,GDEF,STAT,vhea,vmtx,VORG,gasp \
  --name-IDs=0,1,2,3,4,5,6 --notdef-outline --recommended-glyphs
"${PYTHON:-python3}" - extb-subset.ttf "$OUT_DIR/JuesuanHanExtB-Regular.ttf" <<'RENAME'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
names = {1: "Juesuan Han ExtB", 2: "Regular", 3: "Juesuan Han ExtB Regular (HanaMinB 2017-09-04)",
         4: "Juesuan Han ExtB Regular", 6: "JuesuanHanExtB-Regular"}
table = font["name"]
table.names = [n for n in table.names if n.nameID not in names]
for name_id, value in names.items():
    table.setName(value, name_id, 3, 1, 0x409)
font["OS/2"].fsType = 0
font.save(sys.argv[2])
RENAME
{
  cat <<'LICENCE'
Juesuan Han ExtB (JuesuanHanExtB-Regular.ttf) is a Modified Version (subset, renamed) of HanaMinB
(花園明朝B) of the Hanazono fonts, version 2017-09-04, by the GlyphWiki Project
(http://fonts.jp/hanazono/), taken from the npm package hanamin. Upstream licenses the font under
the SIL Open Font License 1.1 OR the Hanazono Font License, at the user's choice; both texts follow
(as in Debian's fonts-hanazono copyright file). The Reserved Font Names of the OFL ("Hanazono Font",
"HanaMinA", "HanaMinB", "花園フォント", "花園明朝A", "花園明朝B") are not used by this file.

-----------------------------------------------------------
Hanazono Font License
-----------------------------------------------------------
This font is a free software.
Unlimited permission is granted to use, copy, and distribute it, with
or without modification, either commercially and noncommercially.
THIS FONT IS PROVIDED "AS IS" WITHOUT WARRANTY.
License of this document is same as the font.

Copyright 2008, 2009, 2010, 2011 GlyphWiki Project.

-----------------------------------------------------------
SIL Open Font License
-----------------------------------------------------------
Copyright (c) 2011, GlyphWiki Project (kamichi@fonts.jp),
with Reserved Font Name "Hanazono Font", "HanaMinA", "HanaMinB",
"花園フォント", "花園明朝A", and "花園明朝B".

LICENCE
  sed -n '/^This Font Software is licensed/,$p' noto-serif-sc/package/LICENSE_FONT
} > "$OUT_DIR/HanaMin-LICENSE.txt"

# 4. Licence text (verbatim LICENSE_FONT of both packages).
{
  echo "Noto Serif SC (NotoSerifSC-Regular.ttf, NotoSerifSC-Bold.ttf)"
  echo "from npm @expo-google-fonts/noto-serif-sc@$PKG_VERSION, file LICENSE_FONT:"
  echo "================================================================="
  cat noto-serif-sc/package/LICENSE_FONT
  echo
  echo "================================================================="
  echo "Noto Sans SC (NotoSansSC-Regular.ttf, NotoSansSC-Bold.ttf)"
  echo "from npm @expo-google-fonts/noto-sans-sc@$PKG_VERSION, file LICENSE_FONT:"
  echo "================================================================="
  cat noto-sans-sc/package/LICENSE_FONT
} > "$OUT_DIR/OFL.txt"

ls -l "$OUT_DIR"
