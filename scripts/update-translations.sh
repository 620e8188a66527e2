#!/usr/bin/env bash
# Collects the translatable strings of src/ and ui/ into translations/thanrak_th.ts
# and translations/thanrak_en.ts. Source strings are Thai; translators fill in
# thanrak_en.ts with Qt Linguist. Translations already made are kept; strings no
# longer in the code are marked obsolete, not deleted.
# (translations/qt_extra_th.ts holds Thai for Qt's own words and is edited by hand.)
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$lupdate" -locations relative -extensions cpp,h -source-language th_TH \
  src ui -ts translations/thanrak_th.ts translations/thanrak_en.ts "$@"
