#!/usr/bin/env bash
# Regenerates the bundled report fonts: Noto Sans Regular and Bold (SIL Open Font License 1.1, from
# Debian's fonts-noto-core), subset to the characters Dutch and Frisian texts need. The report's PDF writer
# measures text with these files and embeds a per-document subset of the glyphs it uses (Opmaak/Pdf/Subset.cs).
# Needs: apt-get install fonttools fonts-noto-core. Not run by the build: the output is committed.
set -euo pipefail
cd "$(dirname "$0")"
bron=/usr/share/fonts/truetype/noto
tekens="U+0020-007E,U+00A0-00FF,U+0100-017F,U+0192,U+02C6,U+02DC,U+2010-2015,U+2018-201E,U+2020-2022,U+2026,U+2030,U+2039,U+203A,U+20AC,U+2122,U+2190-2193,U+2212,U+2264,U+2265"
for stijl in Regular Bold; do
  pyftsubset "$bron/NotoSans-$stijl.ttf" --unicodes="$tekens" --no-hinting --desubroutinize \
    --layout-features='kern,liga' --name-IDs='*' --name-languages='*' \
    --output-file="NotoSans-$stijl.subset.ttf"
done
ls -l NotoSans-*.subset.ttf
