#pragma once

#include <QString>

namespace thanrak {

// Tidies Thai text from imports and text pasted out of PDFs (DOMAIN.md §6, seed 004),
// so that names compare, sort and search the same however they were typed:
//  - zero-width space, ZWNJ, ZWJ and stray BOMs (U+200B–U+200D, U+FEFF) are removed;
//  - a no-break space becomes a plain space;
//  - spaces right before a combining mark (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E) go;
//  - runs of spaces and tabs become one space; both ends are trimmed (line breaks
//    inside the text are kept);
//  - NIKHAHIT + SARA AA (U+0E4D U+0E32) becomes SARA AM (U+0E33), also with a tone
//    mark in between: U+0E4D U+0E49 U+0E32 -> U+0E49 U+0E33;
//  - a tone mark (U+0E48–U+0E4B) typed before an upper or lower vowel (U+0E31,
//    U+0E34–U+0E39) is moved after it: "ก่ี" -> "กี่".
QString cleanThaiText(QString text);

}  // namespace thanrak
