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
